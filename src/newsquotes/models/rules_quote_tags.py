"""The short attribution that closes a quotation ending in a question or exclamation mark: "“Can we go home
now?” Maria asked.", "“Why now?” asked Maria.", "“Open the gate!” a guard shouted."

A segmenter ends the sentence at "?”" or "!”" before a capital, so the tag "Maria asked." stands as a sentence of its
own and its quotation finds no cue: the tag is joined to the sentence it closes. The verbs of a raised or lowered voice
("shouted", "yelled", "whispered") report speech only in that place, after the quotation they close, or before a
colon: "“Hands up,” a soldier shouted." (not "shouted at the referee", "yelled for help").
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_closing_verbs import CLOSING_MARKS, SUBJECT, closes_quotation
from newsquotes.models.rules_subject_relatives import inverted

#: Verbs of a raised or lowered voice, finite forms only.
VOICE_VERBS = frozenset("shouted shouts yelled yells screamed screams exclaimed exclaims whispered whispers".split())

#: A sentence that ends with a quotation closed on a question or exclamation mark.
_ASKED_OR_CRIED = re.compile(r"[?!][%s]\s*$" % CLOSING_MARKS)
#: A tag: its subject (a name or a few words), perhaps an adverb, a finite reporting verb, and at most a time, place
#: or manner after it: "Maria asked.", "Brooke tearfully asked before apologizing to the actor.", "an officer shouts."
#: A tail that holds a clause ("… said on Tuesday that he would resign.") makes the sentence a report of its own.
_TAG = re.compile(r"%s(?:\s+[a-z]+ly)?\s+(?P<verb>[a-z]+)"
                  r"(?P<tail>\s+(?:before|after|as|while|when|in|on|at|to|during|from|with)\b[^.;:“”\"]{0,80})?[.!]?\s*"
                  % SUBJECT, re.IGNORECASE)
_TAG_VERBS = frozenset(w for w in lex.SPEECH_VERBS | VOICE_VERBS if not w.endswith("ing"))


_CLAUSE_WORDS = lex.FINITE | {"that"}
#: Words that open a time clause, whose finite verb belongs to the tag: "Maria shouted when she could not find him."
_TIME_CLAUSE = frozenset("before after as while when".split())


def _holds_a_clause(tail: str | None) -> bool:
    """Whether a tag's tail holds a clause of its own: "that" or a finite verb ("on Tuesday that he would resign"),
    unless the tail is itself a clause of time ("when she could not find him")."""
    if not tail:
        return False
    words = re.findall(r"[a-z]+", tail.lower())
    return words[0] not in _TIME_CLAUSE and any(word in _CLAUSE_WORDS for word in words)


def joined_tags(text: str, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """The sentence bounds with each tag after a "?”" or "!”" joined to the sentence before it, in its paragraph."""
    new_starts, new_ends = starts[:1], ends[:1]
    for start, end in zip(starts[1:], ends[1:], strict=True):
        tag = _TAG.fullmatch(text, start, end)
        verb = tag and not _holds_a_clause(tag["tail"]) and tag["verb"].lower()
        if (verb in _TAG_VERBS and _ASKED_OR_CRIED.search(text, new_starts[-1], new_ends[-1])
                and re.fullmatch(r"[ \t]*", text[new_ends[-1]:start])):
            new_ends[-1] = end
            continue
        new_starts.append(start)
        new_ends.append(end)
    return new_starts, new_ends


#: A quotation closed right before a verb.
_CLOSED_BEFORE = re.compile(r"[%s]\s*$" % CLOSING_MARKS)


def closes_inverted(text: str, first: int, s: int) -> bool:
    """Whether the verb at ``s`` stands right after the quotation it closes, before its source (a name or a noun
    phrase): "“Why now?” asked Maria.", "“Get out,” ordered the sergeant." (its sentence from ``first``), not
    "“…,” ordered lunch for everyone."."""
    return bool(_CLOSED_BEFORE.search(text, first, s)) and inverted(text, s)


def closes(text: str, first: int, s: int, e: int, last: int) -> bool:
    """Whether the verb at ``[s, e)`` (in the sentence ``[first, last)``) closes the quotation before it: with its
    subject and at most a place or a time after it (``rules_closing_verbs``), or inverted before its source."""
    return closes_quotation(text, first, s, e, last) or closes_inverted(text, first, s)
