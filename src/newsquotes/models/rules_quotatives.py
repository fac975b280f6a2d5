"""Quotative "be like" for the ``rules`` model: a quotation that a speaker's "is like" or "went like" introduces.

In conversational speech, an interview's answers above all, "be like" reports what someone said as a reporting verb
would: "I told my mom I have anxiety, and she's like "you need to pray more"" gives ``you need to pray more`` by
she (cue ``like``), as do "people are like, "But he's my god."", "a few friends who are like, "…"" (the friends)
and "Some people went like "Are you a Shi'a or Sunni?"". Not the speaker's own words ("I'm like, "…"", "I was
like"), nor a generic "you're like", nor a likeness ("It's sort of like, "Hmmm …"").
"""

from __future__ import annotations

import re

from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_spoken import quotes_own_words
from newsquotes.models.rules_text import Layout

#: "be like" or "went like" right before a quotation mark: "she's like, “", "they were like “", "went like “".
_QUOTATIVE = re.compile(r"(?:\s+(?:is|are|was|were|went)|[’']s|[’']re)\s+(?:just\s+|all\s+)?(like)\s*,?\s*$")
#: A relative pronoun that stands for the subject: "a few Muslim friends who are like".
_WHO = re.compile(r",?\s+who\s*$")
#: Subjects beside the speaker's own first person that report nothing of another's: a generic "you", a thing compared.
_NOT_ANOTHER = frozenset({"you", "it", "this", "that", "there", "which"})


def quotative_quotes(layout: Layout, quotations: Quotations, speakers: Speakers) -> list[Found]:
    """Direct quotes introduced by "be like" or "went like", by the subject before it."""
    text, found = layout.text, []
    for piece in quotations.quoted:
        lo = max(layout.sentence(piece.open)[0], quotations.end_before(piece.open), piece.open - 200)
        quotative = _QUOTATIVE.search(text, lo, piece.open)
        if not quotative:
            continue
        subject_end = quotative.start()
        who = _WHO.search(text, lo, subject_end)
        speaker = speakers.subject_before(lo, who.start() if who else subject_end)
        if speaker is None or quotes_own_words(text, speaker.start, speaker.end, also=_NOT_ANOTHER):
            continue
        cue = Cue(quotative.start(1), quotative.end(1), "verb", "like")
        found.append(Found(piece.start, piece.end, "direct", cue, speaker))
    return found
