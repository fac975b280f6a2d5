"""A noun-like reporting form that closes its sentence after the clause and a nominal source ("…, a new study
reports.") is a verb; elsewhere it stays a noun."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Divers have now filmed the sunken ferry for the first time, a new survey reports.",
     "Divers have now filmed the sunken ferry for the first time", "a new survey"),
    ("The mill lost money for a third year running, the company claims.",
     "The mill lost money for a third year running", "the company"),
])
def test_the_form_that_closes_the_sentence_reports(sentence, content, speaker):
    found = quotes(sentence)
    assert [(q[0], q[3]) for q in found] == [(content, speaker)], found


def test_a_noun_stays_a_noun():
    assert quotes("The harbour board read through the latest safety reports.") == []
