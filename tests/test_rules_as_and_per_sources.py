"""The ``rules`` model on sources set aside before or inside the clause they report: "As Emily Feng reports for NPR,
<clause>" (the rest of the sentence reported) and "…, per the WHO, …" ("per" and a name, as "according to"; not a
rate, "$5 per head", nor the relay after a reporting verb, "one commenter said, per Feng").

Each sentence is written like a sentence of a news page and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("As Emily Feng reports for NPR, the first cases came to light last week.",
     "the first cases came to light last week", "reports", "Emily Feng"),
    ("As the Times noted on Monday, the plan had been dropped a year earlier.",
     "the plan had been dropped a year earlier", "noted", "Times"),
])
def test_an_as_aside_reports_the_rest_of_its_sentence(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("Yersinia pestis, per the WHO, is often found in small mammals and their fleas.",
     "is often found in small mammals and their fleas", "per", "WHO"),
    ("The virus spreads quickly among children, per Reuters.", "The virus spreads quickly among children", "per",
     "Reuters"),
])
def test_per_and_a_name_is_a_source(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence", [
    "Tickets cost $5 per head, per day, at the fair.",
    "The drugs may be given to patients, per the WHO's emergency use framework for untested treatments.",
])
def test_per_before_no_name_is_no_source(sentence):
    assert quotes(sentence) == []


def test_per_after_a_reporting_verb_only_relays():
    (quote,) = quotes("“Don't hide things like this,” one Weibo commenter said, per Feng.")
    assert quote[2] == "said" and quote[4] != "Feng"
