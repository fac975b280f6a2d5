"""The noun phrase after an inverted reporting verb, for the ``rules`` model, when its head is no known speaker noun.

After an inverted verb ("“Get out,” ordered the sergeant.", "…, said the landlady.") the noun phrase that closes
the sentence can only be the verb's subject: the quotation or clause before it is what was said. So a noun phrase
there is the speaker whatever its head, as long as it ends where a subject ends (the sentence's end, a comma, a
relative, or a time or place after it) and its head is a noun ("the next day" and "the way" name no one). The verbs
of telling are left out ("…, he told the court."): the phrase after them is the hearer; after a verb that may
take a hearer and an infinitive ("ordered the crowd to leave") the phrase ends where no subject ends.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex

#: A determiner and up to four words, possessives among them ("the shop's owner"), up to where a subject ends.
_NOMINAL = re.compile(
    r"\s+(?P<np>(?:the|a|an|one|another)(?:\s+[a-z\d][\w-]*(?:['’]s)?){1,4}?)"
    r"(?=\s*(?:[.,;!?—–(]|$)|\s+(?:who|whose|of|on|in|at|after|before|during|outside|as|when|while|last|this|"
    r"yesterday|today|earlier|later|with)\b)")

#: Nouns in -ly, which a head in -ly is otherwise not ("said the landlady angrily"): "said a local assembly".
_NOUNS_IN_LY = frozenset("assembly family ally rally supply monopoly anomaly bully homily".split())


def unlisted_subject(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """``(start, end)`` of the noun phrase subject after the inverted verb that ends at ``pos``, or None."""
    verb = re.search(r"(\w+)\s*$", text[max(0, pos - 30):pos])
    word = verb.group(1).lower() if verb else ""
    # an inverted verb is finite ("said", "adds"): "…, find the right fit" is an order, its phrase an object
    if word in lex.TELL_VERBS or not (word.endswith(("ed", "s")) or word in lex.FINITE):
        return None
    match = _NOMINAL.match(text, pos, hi)
    if not match:
        return None
    head = match["np"].split()[-1]
    if (head.endswith(("'s", "’s")) or head.endswith("ly") and head not in _NOUNS_IN_LY or head.rstrip("s") in lex.NO_SOURCE_HEADS or head in lex.NOT_CLAUSE or head in lex.SPEECH_VERBS
            or head in lex.DETERMINERS or head in lex.MODALS or head in lex.PASSIVE):
        return None
    return match.start("np"), match.end("np")
