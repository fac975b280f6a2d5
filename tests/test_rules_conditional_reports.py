"""A reported clause that opens with a condition before its main clause ("said if the vote fails, the city would
…") is a clause, "if" kept; "asked if …" and a condition with no main clause after it report nothing."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content", [
    ("Rouhani said if the goal is peace and security, then foreign powers should leave the region.",
     "if the goal is peace and security, then foreign powers should leave the region"),
    ("The mayor said unless the council votes for the budget, the city would lose the state funding.",
     "unless the council votes for the budget, the city would lose the state funding"),
])
def test_a_condition_opens_the_reported_clause(sentence, content):
    assert [(q[0], q[1], q[2]) for q in quotes(sentence)] == [(content, "indirect", "said")]


@pytest.mark.parametrize("sentence", [
    "The mayor asked if the council had voted for the budget.",
    "The mayor said if the council votes for the budget.",
])
def test_a_question_or_a_bare_condition_reports_nothing(sentence):
    assert quotes(sentence) == []
