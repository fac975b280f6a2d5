"""Quotations read as text for the ``rules`` model: who a block quotation is from, and the reports inside quotations.

A block quotation (a newspaper's story quoted over several paragraphs under "From The Washington Times:") is
the source's, named by the line over it; the reports inside it, and inside any long quotation, are quotes of
their own ("… The court has found that Mme Spanton did not lie."), unless the speaker reports their own words.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_clauses import Clauses, Found
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_impossible_contents import impossible_content
from newsquotes.models.rules_marks import Piece, Quotations
from newsquotes.models.rules_referents import Referents
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_spoken import quotes_own_words, spoken_speakers
from newsquotes.models.rules_text import Layout

#: An ellipsis, which ends a report inside a quotation ("… they can’t … This"); full stops end its spoken sentence
#: already (``rules_spoken``).
_SPOKEN_STOP = re.compile(r"\s*(?:…|\[\.\.\.\]|\[…\])")
#: A line that names the source of the block quotation under it: "From The Washington Times:", "Fox Business:",
#: "Read more in Breitbart:".
_SOURCE_LINE = re.compile(r"(?:From|Via|Per|Read\s+more\s+(?:in|from|at)|More\s+from)\s+(?:the\s+(?=[A-Z]))?(\S.{0,60}?)\s*:"
                          r"|([A-Z][^.:!?]{0,50}?)\s*:")
#: Quotations shorter than this hold no report of their own worth reading.
_MIN_WORDS = 8


def intro_source(layout: Layout, speakers: Speakers, piece: Piece) -> tuple[Cue | None, Speaker] | None:
    """Who a block quotation is from, by the paragraph before it when that ends with a colon: the speaker of a
    reporting verb there ("the Church denied these allegations:", with that verb as cue), else the source that
    line names ("From The Washington Times:", "Fox Business:"; a lowercase "the" left out before a name, kept
    before a noun: "From the op-ed:" gives the op-ed)."""
    k = layout.paragraph(piece.open)
    if k == 0 or not layout.starts_paragraph(piece.open):
        return None
    before = layout.paragraphs[k - 1]
    line = layout.text[before.start:before.end].rstrip()
    if not line.endswith(":"):
        return None
    cues = [c for c in speakers.cues if before.start <= c.start < before.end]
    if cues and (speaker := speakers.speaker_of(cues[-1])):
        return cues[-1], speaker
    label = _SOURCE_LINE.fullmatch(line)
    if not label:
        return None
    group = 1 if label.group(1) else 2
    return None, speakers.speaker(before.start + label.start(group), before.start + label.end(group))


def nested_reports(layout: Layout, quotations: Quotations, referents: Referents) -> list[Found]:
    """Reports inside a quotation, with their subject inside it too, each up to the end of its spoken sentence:
    “… The court has found that Mme Spanton did not lie.” gives `Mme Spanton did not lie`. A speaker reporting
    their own words ("I said …", "according to our analysis") makes no quote of its own, nor does a content that
    cannot be what was said ("ask anyone close to her": ``rules_impossible_contents``)."""
    text = layout.text
    pieces = [p for p in quotations.quoted if len(layout.words_in(p.start, p.end)) >= _MIN_WORDS]
    if not pieces:
        return []
    layout, plain, speakers = spoken_speakers(referents, pieces)
    reported, found = Clauses(layout, plain, speakers), []
    for cue in speakers.cues:
        piece = next((p for p in pieces if p.start <= cue.start < p.end), None)
        clause = piece and reported.clause(cue)
        if not clause or impossible_content(layout, clause) or clause.speaker is None or not (
                piece.start <= clause.speaker.start < piece.end):
            continue
        if quotes_own_words(text, clause.speaker.start, clause.speaker.end):
            continue
        if not piece.start < clause.start < piece.end or (clause.start, min(clause.end, piece.end)) == (
                piece.start, piece.end):
            continue
        end = min(clause.end, piece.end)
        stop = _SPOKEN_STOP.search(text, clause.start, end)
        end = stop.start() if stop else end
        while text[end - 1] in ".,;: ":
            end -= 1  # as for any indirect quote, the sentence's final punctuation stays out
        found.append(Found(clause.start, end, "indirect", clause.cue, clause.speaker))
    return found
