"""The ``rules`` model on a report whose object is the relative pronoun before its subject: "which Boeing estimates
to be worth $18 million" reports ``to be worth $18 million``; a passive ("which is believed to be worth …") has no
source and reports nothing.

Each sentence is built on the construction of a sentence in the train split and goes through the real segmenter, as
in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("The airline signed a ten-year lease with Jetstream Leasing, which Airbus estimates to be worth $40 million.",
     "to be worth $40 million", "estimates", "Airbus"),
    ("The tax was collected under the Stamp Act of 1902, which the High Court later ruled to be invalid.",
     "to be invalid", "ruled", "High Court"),
])
def test_to_be_after_a_report_of_a_relative_pronoun_is_reported(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence", [
    "The order, which is believed to be worth $15 billion, has given a boost to the company.",
    "The main fault has been found to be problems in the aircraft's wiring.",
    "The tax cut, which was estimated to be around $4 trillion, passed the Senate.",
])
def test_a_passive_before_to_be_reports_nothing(sentence):
    assert quotes(sentence) == []
