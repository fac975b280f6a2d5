"""Quotations under a rubric that names a kind of speech, for the ``rules`` model.

A press-office list may head each quotation with a rubric in capitals that names what the words are, not who
said them: "PROMISE MADE: “We will close the border.” (10/12/24, Aurora, CO)". The page says whose they are where
it names the same thing with its owner before the list: "… has made good on the promises he made on the campaign
trail", "his pledges", "President Jane Doe's promise". A rubric that only sorts claims ("MYTH:", "FACT:") names
no kind of speech and is left to the round-up reader.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_content_nouns import owner
from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_text import Layout

#: A rubric in capitals before a colon: "PROMISE MADE:", "HIS PLEDGE:".
_RUBRIC = re.compile(r"(?P<rubric>[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}):\s*$")
#: Nouns of a kind of speech a rubric may name (not every content noun: "REPORT:", "ORDER:" or "POSITION:" head
#: what a page files under them, no one's words).
_SPEECH_NOUNS = frozenset("promise pledge vow remark statement quote".split())
#: For each noun, its owner before it ("his promises", "Trump’s pledge") or after it ("the promises he made").
_OWNED = {noun: re.compile(
    r"\b(?P<before>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}[’']s)\s+(?:[a-z-]+\s+){0,2}%ss?\b"
    r"|\b%ss?\s+(?:that\s+)?(?P<after>he|she|they)\s+(?:had\s+|has\s+|have\s+)?(?:made|gave|delivered|kept)\b"
    % (noun, noun)) for noun in _SPEECH_NOUNS}


def rubric_owner(layout: Layout, speakers: Speakers, lo: int, opening: int) -> Speaker | None:
    """Whose words a quotation at ``opening`` gives when the paragraph opens at ``lo`` with a rubric that names a
    kind of speech, found where the text before names that kind of speech with its owner; else None."""
    rubric = _RUBRIC.fullmatch(layout.text, lo, opening)
    if rubric is None:
        return None
    nouns = [w.lower().rstrip("s") for w in rubric["rubric"].split() if w.lower().rstrip("s") in _SPEECH_NOUNS]
    if not nouns:
        return None
    owned = list(_OWNED[nouns[0]].finditer(layout.text, 0, lo))
    if not owned:
        return None
    last = owned[-1]
    if last["before"]:
        return owner(speakers, *last.span("before"))
    return speakers.speaker(*last.span("after"))
