"""The ``rules`` model on requests whose infinitive is quoted ("begged lawmakers "not to lose sight of" …", "instructed
news aggregators to “block and control” …"): the request is reported, quotation marks and all.

Each sentence is written like a sentence of a news page and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ('He begged lawmakers "not to lose sight of" the ongoing conflict in Ukraine.',
     '"not to lose sight of" the ongoing conflict in Ukraine', "begged", "He"),
    ("Censors had also instructed news aggregators to “block and control” discussions about the plague.",
     "to “block and control” discussions about the plague", "instructed", "Censors"),
])
def test_a_request_with_a_quoted_infinitive_is_mixed(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "mixed", cue, speaker)


def test_instructed_reports_its_infinitive():
    (quote,) = quotes("The police instructed residents to stay indoors until the fire was out.")
    assert quote[:4] == ("to stay indoors until the fire was out", "indirect", "instructed", "The police")


@pytest.mark.parametrize("sentence", [
    "The manual instructed readers on the use of the tool.",
    "He was instructed to leave the building.",
])
def test_instructed_without_a_reported_infinitive_reports_nothing(sentence):
    assert quotes(sentence) == []
