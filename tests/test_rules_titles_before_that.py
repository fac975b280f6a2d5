"""A title in quotation marks between a reporting verb and its "that" ("said on “Dancing with the Stars” that …",
"told “Good Morning America” that …") is part of the verb's adjuncts, not a quotation that cuts the report off; a
quotation that is a sentence of its own there is still a quotation."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, cue", [
    ("The actor previously said on “Dancing with the Stars” that he was grateful for the support.",
     "he was grateful for the support", "said"),
    ("The senator told “Good Morning America” that the bill would pass before the summer.",
     "the bill would pass before the summer", "told"),
    ("The host revealed on “The View” that the show would return in the fall.", "the show would return in the fall",
     "revealed"),
])
def test_the_report_after_a_quoted_title(sentence, content, cue):
    found = [q for q in quotes(sentence) if q[1] == "indirect"]
    assert [(q[0], q[2]) for q in found] == [(content, cue)], quotes(sentence)


def test_a_quoted_sentence_before_that_stays_a_quotation():
    found = quotes("He said “We will fight on” that night, and the crowd cheered.")
    assert [(q[0], q[1]) for q in found] == [("We will fight on", "direct")], found
