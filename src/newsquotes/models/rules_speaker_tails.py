"""The writer's words after an inverted speaker: where the report before the speaker gives way to narration.

"Targeting voters is key, Graham said, offering the example of a recent race." and "The bridge will close, the
minister said on Tuesday, after years of debate." report the clause before the speaker; what follows the comma
after the speaker (a participle, or a time or circumstance opened by "after", "amid", "despite" …) is the writer's
and no report of its own (a participle that reports again, "…, adding that …", is a cue of its own). A bare day
after the verb is the writer's too: "“…,” Patrick said Tuesday night in Columbia." reports no clause after the verb,
and "said Tuesday the plan was dead" reports the clause after the day.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: A comma and what opens the writer's narration after a speaker: a participle or a preposition of time or
#: circumstance ("…, offering the example of …", "…, after years of debate", "…, amid protests").
_NARRATION = re.compile(r",\s+(?:[a-z]+ing|after|before|amid|despite|as\s+(?:he|she|they)|when|without)\b")


def narration_start(tail: str) -> int | None:
    """Where the writer's narration starts in ``tail`` (the text after an inverted speaker), or None."""
    found = _NARRATION.search(tail)
    return found.start() if found else None


#: A bare day and its part: " Tuesday", " Tuesday night".
_DAY = r"\s+(?:%s)(?:\s+(?:morning|afternoon|evening|night))?" % "|".join(lex.WEEKDAYS)
#: A day, then at most a place or an occasion and the sentence's end: " Tuesday night in Columbia.", " Monday at a
#: rally in Ohio.", " Tuesday in St. Louis.", " Friday in Washington, D.C." (no clause follows the verb); a full stop
#: or comma inside the place only in an abbreviation.
_TIME_AND_PLACE = re.compile(_DAY + r"(?:\s+(?:in|at|during|before|after|to)\s+"
                                    r"(?:[^,;:.“”\"«»]|\.(?=\s*[A-Z])|,(?=\s+[A-Z]\.)){1,60})?\s*[.!?]?\s*$")


def time_and_place_only(text: str, start: int, end: int) -> bool:
    """Whether all that follows a reporting verb (``text[start:end]``) is a bare day, its time and a place."""
    return bool(_TIME_AND_PLACE.match(text[start:end]))


_BARE_DAY = re.compile(_DAY + r"(?=\s+[a-z])")


def bare_day_end(text: str, start: int, end: int) -> int | None:
    """Where a bare day right after a reporting verb ends ("said Tuesday the plan …": after "Tuesday"), or None."""
    found = _BARE_DAY.match(text, start, end)
    return found.end() if found else None
