"""A name that opens the sentence ahead of its relative clause is the verb's subject after any opening phrase the
leading subjects know ("In a statement,", "However,"), not a name inside its relative clause."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("opening", ["However, ", "In a statement, ", "On Monday, "])
def test_the_name_after_an_opening_phrase_is_the_subject(opening):
    sentence = f"{opening}Kimberly-Clark, which makes Kleenex Toilet Tissue, said it was working around the clock."
    assert [(q[0], q[3]) for q in quotes(sentence)] == [("it was working around the clock", "Kimberly-Clark")]


def test_a_name_inside_the_relative_clause_is_no_subject():
    sentence = "However, Kimberly-Clark, which bought a plant from Procter & Gamble, said it was working around the clock."
    assert [q[3] for q in quotes(sentence)] == ["Kimberly-Clark"]
