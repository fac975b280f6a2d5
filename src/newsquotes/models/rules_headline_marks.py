"""Quotations inside a cited headline, for the ``rules`` model.

A round-up line that cites a story gives its source and headline ("MarketWatch: ‘Thanks to the strong consumer,’
GDP shows more growth"; "Daily Ledger: Border town sees crossings drop: ‘We haven’t seen anyone in months’"). A
headline sets the words of someone it does not name in single marks: they are no quote of the outlet, whose line
cites a headline and says nothing itself; a headline with a verb of saying is read by the other rules ("Fox News:
White House says …", "Daily Ledger: ‘We will not back down,’ governor says").
"""

from __future__ import annotations

from newsquotes.models.rules_labels import headline_source
from newsquotes.models.rules_marks import Piece
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_text import Layout


#: Verbs of evidence, which a headline uses of figures and studies, not of anyone who said the marked words.
_EVIDENCE = frozenset("show shows showed find finds found reveal reveals revealed suggest suggests indicate indicates "
                      "confirm confirms confirmed".split())


def in_cited_headline(layout: Layout, speakers: Speakers, piece: Piece) -> bool:
    """Whether the quotation stands in single marks in the headline of an "Outlet: Headline" line, with no verb in
    the headline to give it a source ("‘…,’ Governor says"), but for a verb of evidence ("‘…,’ GDP shows …")."""
    paragraph = layout.paragraphs[layout.paragraph(piece.open)]
    if layout.text[piece.open] != "‘":
        return False
    source = headline_source(layout.text[paragraph.start:paragraph.end])
    return source is not None and paragraph.start + source[1] < piece.open and not any(
        paragraph.start + source[1] <= c.start < paragraph.end and not piece.open <= c.start < piece.outer_end
        and c.word.lower() not in _EVIDENCE for c in speakers.cues)
