"""A report in a clause that opens with "While" ends at that clause's comma, as after "Although": the main clause
after it is the writer's. A "While" phrase set off before the verb ("While in Paris, he said …") opens no such
clause."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, speaker", [
    ("While the coach said the team was ready for the final, two of its strikers missed the last training session.",
     "the team was ready for the final", "the coach"),
    ("While one candidate stated she had brought a new hospital to the town, little of the money reached local "
     "clinics.", "she had brought a new hospital to the town", "one candidate"),
])
def test_the_report_ends_at_the_while_clause_comma(sentence, content, speaker):
    found = quotes(sentence)
    assert [(q[0], q[3]) for q in found] == [(content, speaker)], found


def test_a_while_phrase_before_the_verb_leaves_the_clause_whole():
    found = quotes("While in Lisbon, the minister said the plan, which was drawn up last year, would cut waiting times.")
    assert [q[0] for q in found] == ["the plan, which was drawn up last year, would cut waiting times"], found


def test_a_noun_object_in_a_while_clause_is_no_report():
    assert quotes("While some customers reported slow service early in the day, others had no trouble at all.") == []
