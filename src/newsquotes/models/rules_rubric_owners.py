"""Quotations under a rubric that names a kind of speech, for the ``rules`` model.

A press-office list may head each quotation with a rubric in capitals that names what the words are, not who
said them: "PROMISE MADE: “We will close the border.” (10/12/24, Aurora, CO)". The page says whose they are where
it names the same thing with its owner before the list: "… has made good on the promises he made on the campaign
trail", "his pledges", "President Jane Doe's promise". A rubric that only sorts claims ("MYTH:", "FACT:") names
no kind of speech and is left to the round-up reader.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_text import Layout

#: A rubric in capitals before a colon: "PROMISE MADE:", "HIS PLEDGE:".
_RUBRIC = re.compile(r"(?P<rubric>[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}):\s*$")
#: Nouns of a kind of speech a rubric may name.
_SPEECH_NOUNS = frozenset("promise pledge vow remark statement quote".split())
#: The owner of the noun before it ("his promises", "Trump’s pledge") or after it ("the promises he made").
_OWNED = (r"\b(?P<before>his|her|their|[A-Z][\w.-]*[’']s)\s+(?:[a-z-]+\s+){{0,2}}{noun}s?\b"
          r"|\b{noun}s?\s+(?:that\s+)?(?P<after>he|she|they)\s+(?:had\s+|has\s+|have\s+)?(?:made|gave|delivered|kept)\b")


def rubric_owner(layout: Layout, speakers: Speakers, lo: int, opening: int) -> Speaker | None:
    """Whose words a quotation at ``opening`` gives when the paragraph opens at ``lo`` with a rubric that names a
    kind of speech, found where the text before names that kind of speech with its owner; else None."""
    text = layout.text
    rubric = _RUBRIC.fullmatch(text, lo, opening)
    if rubric is None:
        return None
    nouns = [w.lower() for w in rubric["rubric"].split() if w.lower().rstrip("s") in _SPEECH_NOUNS]
    if not nouns:
        return None
    noun = nouns[0].rstrip("s")
    owned = list(re.finditer(_OWNED.format(noun=noun), text[:lo]))
    if not owned:
        return None
    last = owned[-1]
    group = "before" if last["before"] else "after"
    start, end = last.start(group), last.end(group)
    if text[start].isupper():
        end -= 2  # "Trump’s": the name without its possessive
        mention = next((m for m in speakers.mentions if m.start <= start and m.end == end), None)
        return speakers.speaker(mention.start, end, mention) if mention else None
    return speakers.speaker(start, end)
