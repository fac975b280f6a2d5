"""A "that" after a reporting verb that is not the verb's own: the reported clause has begun before it.

"said Tyvak would leverage that experience", "said NASA is developing a task order that should be released", "said
it was clear that …": the words between the verb and "that" hold a finite verb, so they are the reported clause's
own and "that" is a determiner, a relative or a deeper clause's. "said of that on-ramp": "that" after a preposition
is a determiner. ("told reporters in Kyiv that …", "said in a statement on Tuesday that …" keep their "that".)
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: A participle right before a preposition is one of a noun before it, no finite verb: "in comments made to reporters
#: that …", "told a meeting held in Paris that …"; not one of a verb seldom passive, whose subject acts: "the gunman
#: fought with officers that night".
_PARTICIPLES = lex.PAST_PARTICIPLES - {"fled", "fought", "thought"}
#: The prepositions such a participle takes ("made to reporters", "held in Paris").
_PARTICIPLE_PREPOSITIONS = frozenset("to in at by on for with from during".split())
#: Participles that are as often the verb of a subject before a preposition of place or topic ("the leaders met
#: inside the hall", "the protesters stood outside the embassy"), which the others take too ("a rally held near the
#: border", "remarks made about the border").
_ACTING = frozenset("met stood got left felt".split())
_PLACE_PREPOSITIONS = lex.LINKING_PREPOSITIONS - _PARTICIPLE_PREPOSITIONS
#: Words that make the word after them a noun: "the claims", "in comments".
_NOUN_OPENERS = lex.DETERMINERS | lex.LINKING_PREPOSITIONS
#: A preposition right before "that", which makes it a determiner or a pronoun: "said of that plan", "spoke about that".
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|about|on|for|with|to|at|by|from|in|into|over|after|before)\s*$", re.IGNORECASE)


def inner_that(between: str) -> bool:
    """Whether the words ``between`` a reporting verb and a "that" make it no complementiser of the verb."""
    written = re.findall(r"[A-Za-z][\w'’-]*", between)
    words = [w.lower() for w in written]
    return any(
        w in lex.FINITE and not _participle(written, words, k) or w.endswith(("n't", "n’t"))
        or _reporting_verb(words, k) for k, w in enumerate(words))


def _participle(written: list[str], words: list[str], k: int) -> bool:
    """Whether the word at ``k`` is a participle of the common noun before it: "comments made to reporters" (not
    of a subject: "he met with the board", "Smith met with …")."""
    before = written[k - 1] if k else ""
    preposition = words[k + 1] if k < len(words) - 1 else ""
    return (0 < k and words[k] in _PARTICIPLES and (preposition in _PARTICIPLE_PREPOSITIONS or (
            preposition in _PLACE_PREPOSITIONS and words[k] not in _ACTING))
            and before.islower() and before not in lex.DETERMINERS and before not in lex.PRONOUNS)


def demonstrative_that(between: str) -> bool:
    """Whether a preposition right before "that" makes it a demonstrative: "said of that plan", "agree with that"."""
    return bool(_PREPOSITION_BEFORE.search(between))


def _reporting_verb(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` is a reporting verb of a subject before it ("the ruling shows"), not a noun ("in
    comments", "the claims")."""
    return (k > 0 and words[k] in lex.SPEECH_VERBS and words[k] not in lex.NOUN_LIKE
            and words[k - 1] not in _NOUN_OPENERS)
