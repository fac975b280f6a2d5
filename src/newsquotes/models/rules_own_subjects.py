"""A subject pronoun right after a reporting verb that is the reported clause's own subject, not an inverted speaker.

"…, said Jones." and "“…,” said he." put the speaker after the verb, and what comes before it is the report. But in
"Kimberly-Clark, which makes Kleenex Toilet Tissue, said it was working around the clock" the pronoun after "said"
has a finite verb of its own: it opens the reported clause, and the speaker is the subject before the verb, here a
name that opens the sentence ahead of its relative clause (which the name finder, wary of a sentence's first
capitalised word, may not have taken for a name).
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_finite import verb_after_pronoun
from newsquotes.models.rules_leading import ADJUNCT
from newsquotes.models.rules_referents import Speaker

#: A subject pronoun, at most one adverb, and the word that should be its verb: "it was", "he also planned".
_PRONOUN_AND_VERB = re.compile(r"\s+(?P<pronoun>he|she|it|they|we|I)\s+(?:(?:[a-z]+ly|also|still|now|never|already|"
                               r"only|just|even|then)\s+)?(?P<verb>[a-z][\w'’]*)\b")
#: A name of capitalised words that opens the sentence (after the opening phrases of ``rules_leading``: "In a
#: statement,", "However,"),
#: then a relative clause set off by commas, up to the verb: "Kimberly-Clark, which makes Kleenex Toilet Tissue,
#: said"; the name's words may be joined by "&", "of" or "and".
_NAME_BEFORE_RELATIVE = re.compile(
    r"(?:(?i:%s))?(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:&|of|and|[A-Z][\w.&'’-]*))*?),\s+(?:which|who|whose)\s"
    r"[^,;:“”\"«»()]{1,120},(?:\s+(?:%s))*\s*" % (ADJUNCT.pattern, "|".join(sorted(lex.SUBJECT_GAP))))


def pronoun_opens_clause(text: str, end: int, hi: int) -> bool:
    """Whether the verb ending at ``end`` is followed by a subject pronoun and a finite verb ("said it was working
    …", "said they had"): the reported clause's own subject, not an inverted speaker ("…, said he.")."""
    match = _PRONOUN_AND_VERB.match(text, end, hi)
    return bool(match) and verb_after_pronoun(match["pronoun"], match["verb"])


def name_before_relative(text: str, lo: int, pos: int) -> Speaker | None:
    """The name that opens the sentence at ``lo`` when only a relative clause stands between it and the verb at
    ``pos``: "Kimberly-Clark, which makes Kleenex Toilet Tissue, said"."""
    match = _NAME_BEFORE_RELATIVE.fullmatch(text, lo, pos)
    if not match or match["name"].split()[-1] in ("&", "of", "and"):
        return None
    return Speaker(match.start("name"), match.end("name"), match["name"], True)
