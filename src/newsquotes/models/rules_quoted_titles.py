"""A title between a quotation and the name of its speaker: "“…,” Norway’s chief public prosecutor, Lars Eide, said"
quotes Lars Eide, and the title reports nothing, so no clause ends before the name (the quotation stays direct)."""

from __future__ import annotations

import re
from collections.abc import Callable

#: What may stand between a quotation and its speaker's name: a comma, the speaker's title and a comma; a full stop
#: in the title only in an initialism ("the U.S. attorney for the district").
_TITLE_AFTER_QUOTATION = re.compile(r"\s*,?\s*(?P<title>(?:[^,;:.“”\"«»]|(?<![\w.])(?:[A-Z]\.)+(?!\w)){1,100}),\s*")


def titled_name_after(text: str, quotation_end: int, name_start: int, holds_verb: Callable[[str], bool]) -> bool:
    """Whether only the speaker's title (no verb, by ``holds_verb``) lies between a quotation ending at
    ``quotation_end`` and the name at ``name_start`` that says it."""
    between = _TITLE_AFTER_QUOTATION.fullmatch(text, quotation_end, name_start)
    return bool(between) and not holds_verb(between["title"])
