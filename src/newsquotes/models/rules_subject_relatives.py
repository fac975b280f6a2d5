"""Relative clauses between a subject and its reporting verb, for the ``rules`` model.

"Republican state representative Terri Collins who sponsored the bill remarked …", "The public officials who ordered
that change claimed …": the relative clause, without commas, hangs on the subject, and the verb after it reports.
Read so for any reporting verb only when the relative clause opens with its own verb; "a suspect who police said
was armed" is the police's report, the relative pronoun the object of the clause's own subject.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_head_kinds import head_kind

_FIRST_WORD = re.compile(r"\s+who\s+(?P<word>[\w'’-]+)")
#: Words that open a relative clause's subject rather than its verb: "who police said", "who the court found".
_SUBJECT_OPENERS = frozenset(lex.PRONOUNS) | lex.DETERMINERS | frozenset(
    "you me him them us this that these those some many most all several one both each".split())


def verb_led(text: str, relative: re.Match) -> bool:
    """Whether the relative clause matched at ``relative`` ("who ordered that change") opens with its own verb, so
    that the reporting verb after it has the noun phrase before "who" for subject."""
    first = _FIRST_WORD.match(text, relative.start())
    if not first:
        return False
    word = first["word"].lower()
    return word not in _SUBJECT_OPENERS and head_kind(word) is None


#: How often, not what: "found several times that …".
_HOW_OFTEN = re.compile(r"\b(?:several|many|multiple|numerous|two|three|four|five|\d+)\s+(?:times|occasions)\s+$")
#: A bare plural noun phrase after a verb, the antecedent of a relative "that": "reported telephone wait times that
#: exceeded two hours" (a thing reported, not a clause), but not "said yesterday that" nor "told reporters that".
_BARE_PLURAL = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*[^s\W]s\s+")
#: Nouns whose "that" opens their content, not a relative clause: "denied reports that …", "confirmed claims that …".
_CONTENT_NOUNS = frozenset("""
    reports claims allegations accusations rumors rumours suggestions charges fears concerns assertions statements
    findings warnings hopes doubts
""".split())
_NOT_NOUN = _CONTENT_NOUNS | lex.SUBJECT_GAP | lex.LOCATIVE | frozenset("on of about for to with by as yesterday today".split())


def relative_on_object(words_before_that: str) -> bool:
    """Whether the words between a verb that takes a thing and "that" are a bare plural noun phrase, so that "that"
    opens a relative clause on it rather than the report."""
    if not _BARE_PLURAL.fullmatch(words_before_that) or _HOW_OFTEN.search(words_before_that):
        return False
    return not any(w in _NOT_NOUN or w.endswith("ly") for w in words_before_that.split())
