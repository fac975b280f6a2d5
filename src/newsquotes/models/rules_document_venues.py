"""Where a document appeared or who received it, which is no source: "according to a case report published in the
journal BMJ Case Reports" and "according to credible reports received by Amnesty" are the report's words, not the
journal's nor Amnesty's (a study is named by its own words, as it is when it is the subject: "A study published in
journal X reported"). Its author stays its owner: "a report released by the ministry" (``rules_objects.issued_by``)."""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: A document's noun, then the venue it appeared in or the one who received it.
_VENUE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:(?:published|posted|presented|appearing|shared|filed)\s+(?:in|on|at|to)"
                    r"|(?:received|seen|obtained|reviewed)\s+by)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")


def in_venue(text: str, lo: int, start: int) -> bool:
    """Whether the name at ``start`` (in a source phrase from ``lo``) is where a document appeared or who received it."""
    venue = _VENUE.search(text, lo, start)
    return bool(venue) and venue["noun"] not in lex.PRONOUNS
