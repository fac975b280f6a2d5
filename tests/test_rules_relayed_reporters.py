"""A source that only attributes ("According to AFP, …") gives way to the person whose report it relays, when that
person's reporting verb opens what it attributes: the person speaks, wherever they are and with an apposition
between ("one user on Weibo, China's answer to Twitter, posted: “…”"), and the relay makes no quote of its own."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraph, content, speaker", [
    ("According to AFP, one user on Weibo, China's answer to Twitter, posted: “I just want to know where the "
     "patients are being treated?”", "I just want to know where the patients are being treated?", "one user on Weibo"),
    ("According to the newspaper, a local farmer wrote: “We have never seen anything like this in forty years.”",
     "We have never seen anything like this in forty years.", "a local farmer"),
    ("According to the BBC, a spokesman in London said the talks had failed after two days.",
     "the talks had failed after two days", "a spokesman in London"),
])
def test_the_relayed_reporter_speaks(paragraph, content, speaker):
    found = quotes(paragraph)
    assert [(q[0], q[3]) for q in found] == [(content, speaker)], found


def test_a_source_before_a_plain_clause_still_speaks():
    found = quotes("According to AFP, the hospital in Wuhan was closed on Monday after two cases were found.")
    assert [(q[0], q[3]) for q in found] == [
        ("the hospital in Wuhan was closed on Monday after two cases were found", "AFP")], found


def test_a_quotation_introduced_inside_a_relay_is_the_inner_speakers():
    found = quotes("John Smith called the council office twice on Monday.",
                   "A staff member recalled that he said, “I will be back with friends,” police said.")
    assert ("I will be back with friends", "direct", "said", "he", "John Smith") in found, found


def test_a_quotation_after_a_clause_with_a_colon_is_the_clauses_speakers():
    found = quotes("In California, a waitress says the new law will help her save for the future: “It is a game "
                   "changer for us.”")
    assert ("It is a game changer for us.", "direct", "says", "a waitress", "a waitress") in found, found
