"""The name at the end of a round-up label whose role names the body it serves, for the ``rules`` model: "U.S.
Ambassador to NATO Matthew Whitaker:". The tagger may run the body's acronym into the person's name; the acronym is
no part of it.
"""

from __future__ import annotations

import re

#: A body's acronym before a name, which opens no person's name: "NATO", "HHS" (not "JD" or "AJ", which may).
_ACRONYM = re.compile(r"[A-Z]{3,}\s+(?=[A-Z][a-z])")


def body_after(text: str, lo: int, hi: int) -> int:
    """Where the name starts in a label's name ``[lo, hi)`` that the tagger began with the body's acronym: "NATO
    Matthew Whitaker" gives where "Matthew" starts."""
    found = _ACRONYM.match(text, lo, hi)
    return found.end() if found and len(text[found.end():hi].split()) >= 2 else lo
