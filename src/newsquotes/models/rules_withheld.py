"""The writer's account of what a speaker withheld, which ends the report before it.

"Roth said the company could take larger payloads, but he did not disclose how large …", "He said it would be
provided next year, but he gave no details on payment": after a comma, "but" or "and", a pronoun and a refusal or a
silence ("did not say", "declined to", "gave no details") the writer tells what the speaker did not say; the
report ends before it.
"""

from __future__ import annotations

import re

#: A comma, a conjunction, a pronoun and a refusal or a silence of the speaker's.
_WITHHELD = re.compile(
    r",\s+(?:but|and)\s+(?:he|she|they|it)\s+(?:also\s+)?(?:"
    r"(?:did|does|would|could)(?:\s+not|n['’]t)\s+(?:say|disclose|specify|elaborate|explain|detail|"
    r"give|provide|offer|comment|answer|reveal|identify|name|respond|confirm|address)|"
    r"(?:has|had|have)(?:\s+not|n['’]t)\s+(?:said|disclosed|specified|elaborated|explained|detailed|"
    r"given|provided|offered|commented|answered|revealed|identified|named|responded|confirmed|addressed)|"
    r"declined|refused|(?:gave|offered|provided)\s+no)\b")


def withheld_start(text: str, s: int, e: int) -> int | None:
    """Where the writer's account of what the speaker withheld begins inside ``[s, e)``, or None."""
    found = _WITHHELD.search(text, s, e)
    return found.start() if found else None
