"""Pull quotes and reference lines, for the ``rules`` model.

A pull quote names its speaker after a dash (“…” - Matthew Ingram); a paragraph of speech without marks that ends
with a person's name ("… suppressive. Valeska Paris") is one too. The headline of a reference line (“…” — CBC.ca,
August 15, 2008) is no quote.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_text import Layout

#: A reference line: “Headline” — Publisher, 15 August 2008.
_REFERENCE = re.compile(r"\s+[—–-]\s+[A-Z].{0,80}\b\d{4}\s*$")
#: The name after a pull quote: “…” - Matthew Ingram.
_BYLINE = re.compile(r"\s*[—–-]\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|(?:[\w.'’-]+\s+){1,5}[A-Z][\w.'’-]*)\s*$")


def reference_line(text: str, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)``, after a quotation's closing mark, is the rest of a reference line (— Publisher, 2008)."""
    return bool(_REFERENCE.match(text, lo, hi))


def byline(speakers: Speakers, mentions: list[Mention], lo: int, hi: int) -> Speaker | None:
    """The speaker of a pull quote, named after a dash: “…” - Matthew Ingram."""
    match = _BYLINE.match(speakers.text, lo, hi)
    if not match:
        return None
    named = [m for m in mentions if match.start(1) <= m.start and m.end <= match.end(1)]
    people = [m for m in named if m.label == "PERSON" and m.end == match.end(1)]  # "— White House spokeswoman …"
    if people or any(w[0].islower() for w in match.group(1).split()):
        if not people:
            return None  # a phrase after a dash that ends in no person's name is no byline
        named = people
    return (speakers.speaker(named[0].start, named[0].end, named[0]) if named
            else speakers.speaker(match.start(1), match.end(1)))


def unmarked_pull_quotes(layout: Layout, quotations: Quotations, mentions: list[Mention],
                         speakers: Speakers) -> list[Found]:
    """A paragraph of speech without marks that ends with its speaker's name: "… suppressive. Valeska Paris"."""
    text, found = layout.text, []
    for paragraph in layout.paragraphs:
        if quotations.between(paragraph.start, paragraph.end):
            continue
        name = next((m for m in mentions if m.end == paragraph.end and m.label == "PERSON"), None)
        stop = name and re.search(r"[.!?…]\s+$", text[paragraph.start:name.start])
        if stop and len(layout.words_in(paragraph.start, name.start)) >= 5:
            end = paragraph.start + stop.start() + 1
            found.append(Found(paragraph.start, end, "direct", None, speakers.speaker(name.start, name.end, name)))
    return found
