"""Verbs that impute a deed or a likeness to their object, for the ``rules`` model.

"Accuse X of", "blame X for", "credit X with" report a statement only when the deed is a clause, a gerund after the
preposition: "The United States government accused Avenatti of trying to pressure Nike …", "Gagnon credits Trump’s
first-term tariffs with changing the math …", "critics blame him for encouraging farmers …"; with a noun phrase
only they report nothing ("blamed Iran for the attack", "accused him of obstruction of Congress"; labeling/
GUIDELINES.md: *accuse/criticize X of/for <gerund>*). "Blame X on Y" names a cause, and "liken X to Y" is a judging
verb with its object's predicate ("analysts blame recent losses on fears of a recession", "likened it to wine
tasting"). The object and what follows the preposition are what is reported; an object that opens with a
preposition is none ("was accused by prosecutors of lying" has no source, "accused of" none at all).
"""

from __future__ import annotations

import re

from newsquotes.models._lexicon import IMPUTING, WEEKDAYS

_ACCUSING = frozenset(w for w in IMPUTING if w.startswith("accus"))
_BLAMING = frozenset(w for w in IMPUTING if w.startswith("blam"))
_CREDITING = frozenset(w for w in IMPUTING if w.startswith("credit"))
_LIKENING = frozenset(w for w in IMPUTING if w.startswith("liken"))

#: The object of the verb: a few words with no clause, no verb form and no punctuation in them.
_OBJECT = r"\s+(?!(?:of|for|with|to|on|by|in|at|as|from|that)\b)(?:[\w$’'.&-]+\s+){0,7}?"
#: A gerund after its preposition, perhaps inside marks or negated: "of “not want[ing] to face questions …”".
_GERUND = r"\s+[“\"]?(?:not\s+)?[\w’'-]+(?:ing\b|\[ing\])"
_PATTERNS = {
    **{w: re.compile(_OBJECT + r"of" + _GERUND) for w in _ACCUSING},
    **{w: re.compile(_OBJECT + r"(?:for" + _GERUND + r"|on\s+(?!(?:the\s+)?(?:%s|Twitter|Facebook|television|"
                     r"behalf)\b)[\w“\"])" % "|".join(WEEKDAYS)) for w in _BLAMING},
    **{w: re.compile(_OBJECT + r"(?:with|for)" + _GERUND) for w in _CREDITING},
    **{w: re.compile(_OBJECT + r"to\s+[\w“\"]") for w in _LIKENING},
}


def imputes(word: str, after: str) -> bool:
    """Whether the verb ``word``, followed by the text ``after`` it in its sentence, imputes a deed or a likeness
    to an object that a clause or a predicate after it names."""
    return bool(_PATTERNS[word].match(after))
