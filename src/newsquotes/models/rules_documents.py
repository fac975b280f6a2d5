"""Owners of documents that speak, for the ``rules`` model, where the document's own words name none.

"The Las Vegas Review-Journal reported …. According to its polling, …": "its" goes to the body that opens this
sentence or the one before as its subject, when no organisation is named nearer. "The government of American
Samoa issued a statement agreeing …": a statement that is the object of "issued", "released" or the like is
its subject's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_text import Layout

#: Verbs whose object is a document its subject wrote: "issued a statement", "released a report".
_ISSUED = re.compile(r"\b(?:issued|issues|released|releases|published|publishes|put\s+out|posted|posts)\s+$")


def opening_owner(layout: Layout, mentions: list[Mention], start: int, is_subject: Callable[[Mention], bool],
                  sexes: dict[str, str]) -> str | None:
    """The body that opens the sentence of ``start`` or the one before as its subject, for an "its" there: never
    a place, a people or a person known to be a man or a woman."""
    first = layout.sentence(start)[0]
    lo = layout.sentence(first - 1)[0] if first > 0 else 0
    for s_lo, s_hi in ((first, start), (lo, first)):
        opener = next((m for m in mentions if s_lo <= m.start and m.end <= s_hi), None)
        if opener and is_subject(opener) and opener.label in ("ORG", "PERSON") and opener.name not in sexes:
            return opener.name
    return None


def issuer(layout: Layout, mentions: list[Mention], start: int) -> str | None:
    """Whose a document at ``start`` is when it is the object of "issued" and the like: the first person,
    organisation or place named in its sentence before the verb ("The government of American Samoa")."""
    verb = _ISSUED.search(layout.text, layout.sentence(start)[0], start)
    if not verb:
        return None
    lo = layout.sentence(start)[0]
    named = [m for m in mentions if lo <= m.start and m.end <= verb.start() and m.label in ("PERSON", "ORG", "GPE")]
    return named[0].name if named else None
