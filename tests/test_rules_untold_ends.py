"""The writer's account of what a speaker left untold ends the report, from one list of verbs in all their forms:
"…, without commenting on …", "…, but she did not cite …"; a clause the speaker may have said goes on ("but she did
not know the cost" is no verb of telling)."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence", [
    "The mayor said the bridge would reopen in May, without commenting on the cost of the repairs.",
    "The mayor said the bridge would reopen in May, but she did not cite a source for the date.",
    "The mayor said the bridge would reopen in May, but she has not disclosed the cost of the repairs.",
])
def test_what_was_left_untold_is_no_part_of_the_report(sentence):
    assert [q[0] for q in quotes(sentence)] == ["the bridge would reopen in May"]


def test_a_clause_of_no_telling_goes_on():
    assert [q[0] for q in quotes("The mayor said the bridge would reopen in May, but she did not know the cost.")] == [
        "the bridge would reopen in May, but she did not know the cost"]
