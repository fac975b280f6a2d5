"""A person named in the phrase that opens a sentence is no rival of that sentence's subject, for the ``rules`` model.

"Following the death of his father Gerhard in January, Alexander Stodden has taken over the winery. … he agrees
that …": the "he" goes on with the subject, Alexander Stodden, although only Gerhard is known to be a man. The
opening phrase ("In …", "After …", "Following …", up to its comma) sets the scene of the subject's sentence, and the
people it names are not what the next sentences go on about.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_cataphora import OPENERS
from newsquotes.models.rules_entities import Mention

#: A phrase set before its sentence's subject, from the sentence's start up to the subject.
_OPENING_PHRASE = re.compile(r"[^\w“\"]*(?:%s)\b[^;:.“”\"()]*,\s+$" % "|".join(OPENERS))


def subject_after_opening(text: str, sentence_start: int, people: list[Mention], rivals: list[Mention]) -> Mention | None:
    """The person among ``people`` who is the subject right after the phrase that opens the sentence starting at
    ``sentence_start``, when every other one of ``rivals`` that sentence names stands inside that phrase (and one does);
    else None."""
    subject = next((m for m in people if m.start >= sentence_start and _OPENING_PHRASE.match(text, sentence_start, m.start)),
                   None)
    inside = subject and [r for r in rivals if r.start >= sentence_start and r.name != subject.name]
    if not inside or any(r.end > subject.start for r in inside):
        return None
    return subject
