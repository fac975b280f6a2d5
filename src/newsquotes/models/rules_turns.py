"""An interviewer's turns for the ``rules`` model: the interviewer's own wording is no quote.

A paragraph that opens with the interviewer's label ("((WN)) …", "Wikinews: …", "Q: …", "Q. …"), or that follows
that label on a line of its own ("WIKINEWS"), is a question or a remark of the interviewer. What the interviewer
says there in their own name, with no speaker or no cue (a saying they cite: "What about the adage, “Those who
forget history …”?"), as "I"/"we" or under their label ("((WN)) When I say products I meant …", "Q: Why do you think
“…”?"), is no quote; a report they put to the interviewee ("((WN)) Mozilla mentioned that …", "you wrote “…”") still
is.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_text import Layout

#: The label that opens an interviewer's turn, in any case: "((WN)) …", "Wikinews: …", "Q: …", "Q. …", "WN — …".
_LABEL = "|".join(sorted(lex.INTERVIEWER_LABELS))
_ASKING = {label.casefold() for label in lex.INTERVIEWER_LABELS}
_ASKER = re.compile(rf"\s*(?:\(\((?:{_LABEL})\)\)|(?:{_LABEL})(?::|\.|\s[—–])\s)", re.IGNORECASE)


#: The interviewer's label on a line of its own, before the turn: "WIKINEWS", "Q:", "((WN))".
_ASKER_LINE = re.compile(rf"\s*(?:\(\((?:{_LABEL})\)\)|(?:{_LABEL}):?)\s*", re.IGNORECASE)


def interviewer_own(layout: Layout, found: Found) -> bool:
    """Whether ``found`` lies in an interviewer's turn and is the interviewer's own wording."""
    k = layout.paragraph(found.start)
    paragraph, before = layout.paragraphs[k], layout.paragraphs[k - 1] if k > 0 else None
    if not _ASKER.match(layout.text, paragraph.start, paragraph.end) and not (
            before and _ASKER_LINE.fullmatch(layout.text, before.start, before.end)):
        return False
    said = layout.text[found.speaker.start:found.speaker.end] if found.speaker else ""
    return found.cue is None or not said or said.lower() in lex.FIRST_PERSON or said.casefold() in _ASKING
