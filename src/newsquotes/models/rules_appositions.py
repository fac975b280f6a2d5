"""A person named beside a role, for the ``rules`` model: who speaks when a name and its role stand together.

"Angela Merkel's spokesperson, Steffen Seibert, said": the name between commas after a role. "Tom LaSorda, the
president of Chrysler announced": the name before a role whose closing comma is missing, also after a phrase
that opens the sentence ("As a part of Chrysler's restructuring plans, Tom LaSorda, the president of …").
"""

from __future__ import annotations

import re

from newsquotes.models.rules_entities import Mention

#: What may come before the name: nothing, or a phrase that opens the sentence and ends with a comma.
_OPENING = re.compile(r"(?:[^,]*,)?[\s,]*")


def apposed_person(text: str, mentions: list[Mention], lo: int, hi: int) -> Mention | None:
    """The person an appositive ``[lo, hi)`` between commas consists of: ", Steffen Seibert,"."""
    inside = [m for m in mentions if lo < m.start and m.end <= hi and m.label == "PERSON"]
    if len(inside) == 1 and " " in text[inside[0].start:inside[0].end] and not text[lo + 1:inside[0].start].strip() \
            and not text[inside[0].end:hi].strip():
        return inside[0]
    return None


def person_before_role(text: str, mentions: list[Mention], lo: int, role_start: int) -> Mention | None:
    """The person a role at ``role_start`` without its closing comma follows, in the clause from ``lo``: "Tom
    LaSorda, the president of Chrysler announced"."""
    people = [m for m in mentions if lo <= m.start and m.end < role_start and m.label == "PERSON"
              and text[m.end] == "," and "," not in text[m.end + 1:role_start]
              and _OPENING.fullmatch(text, lo, m.start) and len(text[m.end:role_start].split()) <= 8]
    return people[0] if people else None
