"""A verb that denies a statement takes up any noun of what was said ("denied the report that …", "disputed the
notion that …"), from the lexicon's content nouns and its nouns of a view; a verb that only rejects ("rejected the
claim that …") is left to the content nouns, which find no one to own the claim."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, cue", [
    ("The minister denied the report that the army had fired on protesters in the capital.", "denied"),
    ("The minister disputed the notion that the army had fired on protesters in the capital.", "disputed"),
])
def test_a_denied_statement_is_the_deniers_report(sentence, cue):
    assert [(q[0], q[2], q[3]) for q in quotes(sentence)] == [
        ("the army had fired on protesters in the capital", cue, "The minister")]


def test_a_rejected_claim_with_no_owner_is_no_quote():
    assert quotes("The minister rejected the claim that the army had fired on protesters in the capital.") == []
