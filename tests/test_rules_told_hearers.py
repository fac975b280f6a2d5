"""The hearer of "told" before a clause without "that": "her staff" when a subject follows the noun ("told her staff
the company …"), "her" alone when the noun is the clause's subject ("told her staff would be cut"); a bare plural
after one word that is no plural ("told news outlets the …", "told local reporters …"), but not a clause's plural
subject after the hearer ("told analysts earnings were …") or a demonstrative ("told reporters this was …")."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content", [
    ("The chief executive told her staff the company would close the plant in Ohio by the end of the year.",
     "the company would close the plant in Ohio by the end of the year"),
    ("The mayor told news outlets the city had spent $4 million on the cleanup so far.",
     "the city had spent $4 million on the cleanup so far"),
    ("The senator told local reporters the bill would reach the floor before the recess.",
     "the bill would reach the floor before the recess"),
])
def test_a_longer_hearer_is_no_part_of_the_clause(sentence, content):
    assert [(q[0], q[1], q[2]) for q in quotes(sentence)] == [(content, "indirect", "told")]


@pytest.mark.parametrize("sentence, content", [
    ("The chief executive told her the company would close the plant in Ohio.",
     "the company would close the plant in Ohio"),
    ("The chief executive told her staff would be cut by a third next year.",
     "staff would be cut by a third next year"),
    ("The chief executive told analysts earnings were up 4% on the quarter.",
     "earnings were up 4% on the quarter"),
    ("The chief executive told reporters this was the best quarter in the company's history.",
     "this was the best quarter in the company's history"),
])
def test_a_clauses_subject_stays_in_the_clause(sentence, content):
    assert [(q[0], q[1], q[2]) for q in quotes(sentence)] == [(content, "indirect", "told")]
