"""The writer's words after an inverted speaker: where the report before the speaker gives way to narration.

"Targeting voters is key, Graham said, offering the example of a recent race." and "The bridge will close, the
minister said on Tuesday, after years of debate." report the clause before the speaker; what follows the comma
after the speaker (a participle, or a time or circumstance opened by "after", "amid", "despite" …) is the writer's
and no report of its own (a participle that reports again, "…, adding that …", is a cue of its own).
"""

from __future__ import annotations

import re

#: A comma and what opens the writer's narration after a speaker: a participle or a preposition of time or
#: circumstance ("…, offering the example of …", "…, after years of debate", "…, amid protests").
_NARRATION = re.compile(r",\s+(?:[a-z]+ing|after|before|amid|despite|following|during|as\s+(?:he|she|they)|when|"
                        r"without)\b")


def narration_start(tail: str) -> int | None:
    """Where the writer's narration starts in ``tail`` (the text after an inverted speaker), or None."""
    found = _NARRATION.search(tail)
    return found.start() if found else None
