"""Claims a press-office page sets up to refute, for the ``rules`` model.

A "myth versus fact" page heads each claim with a rubric and gives the claimed words in marks without saying who
claims them: "MYTH: The bill “takes from the poor to give to the rich.”" The marks report nobody the page names,
so the claim is no quote; a claim whose paragraph names its source ("MYTH: Democrats say the bill “…”",
"CLAIM: Senator Jane Doe: “…”", "MYTH: Republicans “…”") is left to the other rules. A body the claim is about is
no source: "MYTH: The Farm Security Act “…”".
"""

from __future__ import annotations

import re

from newsquotes.models.rules_marks import Piece
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_text import Layout

#: A rubric that heads a claim to be refuted: "MYTH:", "CLAIM:", "THE LIE:", "HOAX:".
_CLAIM_RUBRIC = re.compile(r"(?:THE\s+)?(?:MYTH|CLAIM|LIE|HOAX)S?\s*:")


def unsourced_claim(layout: Layout, speakers: Speakers, piece: Piece) -> bool:
    """Whether the quotation is a claim under a refuting rubric whose paragraph names no source before it."""
    lo = layout.paragraphs[layout.paragraph(piece.open)].start
    rubric = _CLAIM_RUBRIC.match(layout.text, lo, piece.open)
    if rubric is None:
        return False
    named = [m for m in speakers.mentions if rubric.end() <= m.start < piece.open]
    return not any(rubric.end() <= c.start < piece.open for c in speakers.cues) and not any(
        m.label in ("PERSON", "NORP") or re.fullmatch(r"\s*:\s*", layout.text[m.end:piece.open]) for m in named)
