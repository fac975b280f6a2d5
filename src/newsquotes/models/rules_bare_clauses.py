"""Whether a form that is as often a noun ("claims", "states", "reports") reports a clause that follows it bare.

Such a form is a verb when a source stands right before it and a clause opens right after it with no "that": "The
state government claims the company dumped waste into the river …", "Airfleets, a database …, states the aircraft
uses the A300 …", "an international team of scientists report ancient Egyptians captured …". The source is a name or
a noun for people, a body, a place or a speaking thing ("scientists", "government", "site"); the clause opens right
after it with its subject (not a preposition, a conjunction or an adverb) and has a finite verb within its first
words. A noun compound ("insurance claims the company paid …", "new rules the agency issued …") has no such source
before it.
"""

from __future__ import annotations

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_finite import finite, verb_form
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_relative_gaps import RELATIVE_SUBJECT
from newsquotes.models.rules_text import Layout

#: Verb forms that, opening what follows, make the form before it a noun: "Early reports suggested …".
_VERB_FORMS = lex.FINITE | lex.SPEECH_VERBS
#: Words that open no clause's subject: a preposition, a conjunction, an adverb or particle of the verb ("reports on
#: the …", "states and …", "claims to …", "rules out …").
_NOT_SUBJECT = lex.LINKING_PREPOSITIONS | frozenset("""
    and or but as that than so out up back over off against among amid despite during following including like since
    through under until upon via within without
""".split())


def _source_before(layout: Layout, subject: Mention | None, k: int, first: int) -> bool:
    """Whether word ``k - 1``, in the sentence from ``first``, ends a source: a mention, a name or a noun for one."""
    if k == 0 or layout.words[k - 1][0] < first:
        return False
    if subject is not None and subject.label != "NORP":
        return True
    before = layout.word(layout.words[k - 1])
    if before == "and":
        return True  # "lists Saha as … and states it runs flights …": the verb shares the first one's subject
    name = before[:1].isupper() and layout.words[k - 1][0] > first  # "Insurance claims the …" opens its sentence
    return name or lex.head_kind(before) is not None


def bare_clause(layout: Layout, subject: Mention | None, k: int, s: int, e: int) -> bool:
    """Whether the noun-like form at ``[s, e)`` (word ``k``) is a verb with its source before it and its clause
    right after it: "The United States government claims Mahan flies …" (``subject`` the mention right before it, if
    any); after a relative pronoun the clause's subject is the gap: "blows … that the victim claims left him …"."""
    first, last = layout.sentence(s)
    after = layout.words_in(e, last)
    if not _source_before(layout, subject, k, first) or not after or after[0][0] != e + 1:
        return False
    opening = layout.word(after[0])
    if opening.lower() in _NOT_SUBJECT or opening.islower() and opening.endswith(("ly", "ing")):
        return False  # an adverb or a participle; a name ("Beijing", "Kelly") may open the clause
    verb_first = verb_form(opening, _VERB_FORMS)
    if verb_first and not RELATIVE_SUBJECT.search(layout.text, first, s):
        return False  # "Early reports suggested …", "member states met …": the verb comes first, the form is a noun
    return finite(after, layout.text, 8)
