"""Who speaks a quotation that no cue reports, for the ``rules`` model.

The person or the he/she that opens the quotation's sentence or the one before speaks it ("He posted on Twitter,
“…”"), else an organisation that opens one of them as its subject, past an opening phrase ("In a statement
released after the attack, the Department of Defense justified the strike, which was approved by President
Trump, as “defensive”: “…”"), rather than a person named in a clause of that sentence, but not the one of the
sentence before over a person named in the quotation's own; else the last person named before it in those
sentences.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_head_kinds import head_kind
from newsquotes.models.rules_phrases import Speakers, leading_person
from newsquotes.models.rules_referents import Speaker

#: A phrase that opens a sentence before its subject: "In a statement released after the attack, ", "On Monday, ".
_OPENING = re.compile(r"\W*(?:(?:In|On|At|After|Before|During|Following|Through|With|Under|Earlier|Later|Meanwhile|"
                      r"However|Today|Yesterday)\b[^,.;:“”\"]{0,80},\s*)?(?:[Tt]he\s+)?")
#: A verb after a subject: "justified", "also warned"; not a possessive or a name running on.
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|then\s+)?(?P<verb>[a-z]{3,})\b")
#: Irregular past forms that follow a subject, besides the reporting verbs and the forms in -ed or -s.
_PAST = frozenset("was had did went came took made gave got left ran saw felt found became began wrote put set".split())


#: What follows a plural noun rather than a verb in -s: "ICE arrests have jumped", "ICE arrests “more than …”".
_AFTER_NOUN = re.compile(r"\s*(?:[“\"]|(?:have|has|are|were|is|was|had|will|would|in|of|rose|fell)\b)")


def _is_verb(text: str, verb: re.Match) -> bool:
    """Whether the word after a subject reads as its verb ("justified", "features", "said"), not a noun
    ("reporter", "officials", "arrests have jumped")."""
    word = verb["verb"]
    if head_kind(word) or word.endswith("s") and word not in lex.SPEECH_VERBS and _AFTER_NOUN.match(text, verb.end()):
        return False
    return word in lex.SPEECH_VERBS or word in _PAST or word.endswith(("ed", "s"))


def opening_body(speakers: Speakers, lo: int, hi: int) -> Speaker | None:
    """The organisation that opens the sentence text ``[lo, hi)`` as its subject, past an opening phrase."""
    opening = _OPENING.match(speakers.text, lo, hi)
    body = next((m for m in speakers.mentions if m.start == opening.end() and m.end <= hi), None)
    verb = body and _VERB_AFTER.match(speakers.text, body.end, hi)
    if body is None or body.label != "ORG" or not verb or not _is_verb(speakers.text, verb):
        return None
    return speakers.speaker(body.start, body.end, body)


def nearest_speaker(speakers: Speakers, pos: int) -> Speaker | None:
    """Who speaks a quotation at ``pos`` without a cue (see the module's docstring)."""
    layout = speakers.layout
    first = layout.sentence(pos)[0]
    lo = layout.sentence(first - 1)[0] if first > 0 else 0
    people = [m for m in speakers.mentions if lo <= m.start and m.end <= pos and m.label == "PERSON"]
    for start, end in ((first, pos), (lo, first)):
        if start < end and (lead := leading_person(speakers, start, end)):
            return lead
        named_here = any(m.start >= first for m in people)  # "Washington Attorney General Nick Brown boasts “…”"
        if start < end and not (start < first and named_here) and (lead := opening_body(speakers, start, end)):
            return lead
    return speakers.speaker(people[-1].start, people[-1].end, people[-1]) if people else None
