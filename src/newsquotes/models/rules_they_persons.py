"""A person the article gives as "they", for the ``rules`` model: "Kym Lino, who uses they/them pronouns, …" and
then "“…,” they said." The "they" is that person, not a group or an organisation, as "she" would be a woman named
before. The text has to say so ("they/them", "they pronouns", "nonbinary"): a "they" is a group otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsquotes.models.rules_article_referents import ArticleReferents

#: Words that give a person's pronouns as "they".
_GIVEN_THEY = re.compile(r"\bthey\s*/\s*them\b|\bthey\s+pronouns?\b|\bnon-?binary\b", re.IGNORECASE)


def person_given_they(refs: ArticleReferents, pos: int) -> str | None:
    """The name of the last person before ``pos``, in its paragraph or the one before (as for an organisation's
    "they"), whose own sentence gives them as "they", or None."""
    if not _gives_they(refs.text):
        return None
    first = refs.layout.paragraph(pos) - 1
    for mention in reversed(refs.mentions):
        if mention.end > pos or mention.label != "PERSON":
            continue
        if refs.layout.paragraph(mention.start) < first:
            return None
        lo, hi = refs.layout.sentence(mention.start)
        if _GIVEN_THEY.search(refs.text, mention.end, min(hi, pos)):
            return mention.name or refs.text[mention.start:mention.end]
    return None


@lru_cache(maxsize=4)
def _gives_they(text: str) -> bool:
    """Whether the article gives anyone's pronouns as "they" at all: read once per article."""
    return bool(_GIVEN_THEY.search(text))
