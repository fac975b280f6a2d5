"""The ``rules`` model on reporting verbs whose object is a noun phrase holding "to" and a possessive -ed adjective:
"announced a $2 billion boost to its planned Ohio plant". The word after "to" is skipped as a possible infinitive,
but the -ed word still follows its possessive, so it is an adjective and the object no clause.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence", [
    "Harbor Labs announced a $2 billion boost to its planned Ohio manufacturing investment.",
    "Norwind Foods announced an $800 million addition to their expanded packaging operations in Iowa.",
    "The council announced new grants to our restored historic theaters downtown.",
])
def test_a_noun_phrase_with_a_possessive_participle_after_to_is_no_clause(sentence):
    assert quotes(sentence) == []


def test_a_verb_after_an_infinitive_still_makes_a_clause():
    (quote,) = quotes("Harbor Labs announced it plans to hire 400 workers and expanded its Ohio plant last year.")
    assert quote[:3] == ("it plans to hire 400 workers and expanded its Ohio plant last year", "indirect", "announced")
