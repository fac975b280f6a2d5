"""A pronoun in a phrase that opens its sentence, which means the subject named right after the phrase, for the
``rules`` model.

"In her opening remarks for attendees, Waters pointed out …", "After calling the organization to speak with his
mother, Montalvo was put through to …", "Following its merger with Pixar, Disney said …": the phrase before the
comma is the subject's own, and the pronoun in it refers ahead to that subject, not to the person or body the
sentence before was about. Only outside quotation marks, when nothing of the pronoun's kind is named in its own
sentence before the pronoun, the phrase opens with a preposition, a subordinating word or a verb in -ing, and a
name of the pronoun's kind stands right after its comma, without an owner's "'s" ("After he left, Smith's lawyer said" is no cataphora).
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_text import OWNER_MARK, Layout

#: Words that open a phrase set before its sentence's subject ("In her opening remarks, Waters …").
OPENERS = ("In", "At", "After", "Before", "During", "On", "Upon", "Following", "Despite", "Since", "When", "While",
           "Although", "Though", "Once", "Until", "Throughout", "Through", "With", "Without", "Having")
#: "As" only before a subject pronoun: "As he left, Smith said", never "As her lawyer, Smith said"; a verb in -ing
#: before a lowercase word ("Following its merger"), not a name ("King", "Beijing": see below) nor "Nothing in his
#: record".
_OPENING = re.compile(r"[^\w“\"]*(?:%s)?(?P<opener>%s|As(?=\s+(?:he|she|it|they)\b)"
                      r"|(?!(?:No|Some|Every|Any)thing\b)[A-Z][a-z]+ing(?=\s+[a-z]))\b[^,;:.“”\"()]*$"
                      % (lex.SENTENCE_LINK, "|".join(OPENERS)))
_WORD = re.compile(r"\w*")
#: The rest of the opening phrase, from the pronoun to its comma, and what may stand before the subject's name.
_TO_COMMA = re.compile(r"[^,;:.“”\"()]{0,120},\s+(?:the\s+)?")


def subject_ahead(layout: Layout, mentions: list[Mention], pos: int, labels: tuple[str, ...]) -> Mention | None:
    """The mention of one of ``labels`` that is the subject right after the opening phrase holding the pronoun at
    ``pos`` (see the module's docstring), or None."""
    text = layout.text
    lo, hi = layout.sentence(pos)
    pronoun_end = _WORD.match(text, pos).end()  # the pronoun itself tells "As he left" from "As her lawyer"
    opening = _OPENING.match(text, lo, pronoun_end)
    if not opening or any(lo <= m.start < pos and m.label in labels for m in mentions):
        return None
    if any(m.start <= opening.start("opener") < m.end for m in mentions):
        return None  # a name, not an opening word: "Beijing praised his …"
    rest = _TO_COMMA.match(text, pos, hi)
    if not rest:
        return None
    ahead = next((m for m in mentions if m.start == rest.end()), None)
    if not ahead or ahead.label not in labels or OWNER_MARK.match(text, ahead.end):
        return None
    return ahead
