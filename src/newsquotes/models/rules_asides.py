"""A speaker named in an aside next to a quotation, for the ``rules`` model: "as X put it".

“The path is open,” as Chancellor Merz put it; traffic "ground to a halt" — as the court's decision put it —;
As Jensen Huang put it: “…”. The cue is the verb (``put``), the speaker the person named in the aside, else the
organisation, else the phrase itself ("one food service worker").
"""

from __future__ import annotations

import re

from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_marks import Piece
from newsquotes.models.rules_speakers import Speaker, Speakers

_PHRASE = r"(?P<np>(?:[\w.'’-]+\s+){1,7}?)(?P<cue>put|puts|phrased|phrases)\s+it\b"
#: The aside right after the closing mark: "…” — as the decision put it", "…,’ as Merz put it."
_AFTER = re.compile(r"[\s,]*(?:[—–-]\s*)?as\s+" + _PHRASE)
#: The aside that introduces the quotation: "As Gaiman put it, “…", "as he put it in a piece today: “…".
_BEFORE = re.compile(r"\b[Aa]s\s+" + _PHRASE + r"[^:,.;“”\"]{0,40}[:,]\s*$")


def put_it(speakers: Speakers, piece: Piece) -> tuple[Cue, Speaker] | None:
    """The cue and speaker of an "as X put it" aside next to the quotation, if there is one."""
    text, layout = speakers.text, speakers.layout
    lo, hi = layout.sentence(piece.open)[0], layout.sentence(max(piece.open, piece.outer_end - 1))[1]
    aside = _AFTER.match(text, piece.outer_end, hi) or _BEFORE.search(text, max(lo, piece.open - 120), piece.open)
    if not aside:
        return None
    start, end = aside.start("np"), aside.end("np")
    while end > start and text[end - 1].isspace():
        end -= 1
    named = [m for m in speakers.mentions if start <= m.start and m.end <= end and m.label in ("PERSON", "ORG")]
    best = next((m for m in reversed(named) if m.label == "PERSON"), None) or (named[-1] if named else None)
    speaker = speakers.speaker(best.start, best.end, best) if best else speakers.speaker(start, end)
    return Cue(aside.start("cue"), aside.end("cue"), "verb", aside.group("cue").lower()), speaker
