"""Where a document appeared or who received it, which is no source: "according to a case report published in the
journal BMJ Case Reports" and "according to credible reports received by Amnesty" are the report's words, not the
journal's nor Amnesty's (a study is named by its own words, as it is when it is the subject: "A study published in
journal X reported"). Its author stays its owner: "a report released by the ministry" (``rules_objects.issued_by``)."""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: Participles of a document's reaching someone, whose "by" names who received it, not its author.
_RECEIVED = ("received", "seen", "obtained", "reviewed")
#: A document's noun, then the venue it appeared in or the one who received it, with at most two words between that
#: are not its author's "by": "published in the journal", not "filed in court by John Smith".
_VENUE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:(?:%s)\s+(?:in|on|at|to)|(?:%s)\s+by)\s+(?:the\s+)?(?:(?!by\s)[a-z]+\s+){0,2}$"
                    % ("|".join(sorted(lex.DOCUMENT_PARTICIPLES | {"appearing"})), "|".join(_RECEIVED)))


def in_venue(text: str, lo: int, start: int) -> bool:
    """Whether the name at ``start`` (in a source phrase from ``lo``) is where a document appeared or who received it."""
    venue = _VENUE.search(text, lo, start)
    return bool(venue) and venue["noun"] in lex.DOCUMENTS
