"""After "told" and its hearer (a name, a pronoun, a bare plural: "told doctors", a possessive's noun: "told his
staff"), a subject pronoun opens a clause whatever its verb's form: "told doctors he ate …"."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content", [
    ("The fisherman told doctors he ate the raw fish at a market in the south on March 3.",
     "he ate the raw fish at a market in the south on March 3"),
    ("The driver told police she hit the barrier after a truck pulled out in front of her.",
     "she hit the barrier after a truck pulled out in front of her"),
    ("Moreno told reporters he sat alone in the car for two hours before help came.",
     "he sat alone in the car for two hours before help came"),
])
def test_a_pronoun_after_the_hearer_opens_the_reported_clause(sentence, content):
    assert [(q[0], q[1], q[2]) for q in quotes(sentence)] == [(content, "indirect", "told")]


def test_it_before_an_adjective_is_still_an_object():
    assert quotes("The inspectors found it hard to reach the site after the flood.") == []


def test_a_bare_plural_is_a_hearer_before_the_clause():
    assert [q[0] for q in quotes("The farmer told investigators the lift cable had snapped twice in the winter.")] == [
        "the lift cable had snapped twice in the winter"]
    assert quotes("The old farmer told stories about the war and the long winters.") == []


@pytest.mark.parametrize("sentence", [
    "The farmer told his staff the lift cable had snapped twice in the winter.",
    "The resort told its guests the lift cable had snapped twice in the winter.",
])
def test_a_possessive_is_no_bare_plural_hearer(sentence):
    assert [q[0] for q in quotes(sentence)] == ["the lift cable had snapped twice in the winter"]
