"""A past participle of a noun between a reporting verb and "that" is no finite verb, so "that" stays the verb's:
"told a rally held near the border that …", "said in remarks made about the border that …" (the lexicon's past
participles and linking prepositions); a finite verb with its subject there keeps the clause open before "that"."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, cue", [
    ("The minister told a rally held near the border that the army would withdraw by March.", "told"),
    ("The minister said in remarks made about the border that the army would withdraw by March.", "said"),
])
def test_a_participles_phrase_leaves_that_to_the_verb(sentence, cue):
    assert [(q[0], q[2]) for q in quotes(sentence)] == [("the army would withdraw by March", cue)]


def test_a_finite_verb_before_that_opens_the_clause():
    assert [q[0] for q in quotes("The minister said she met with the generals that the army would withdraw.")] == [
        "she met with the generals that the army would withdraw"]
