"""Nominal speakers headed by a word of the tabloid and trade press ("rep", "bosses") speak as any person noun does."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Health bosses said that 14 staff at the clinic had been sent home to stop the virus spreading.",
     "14 staff at the clinic had been sent home to stop the virus spreading", "Health bosses"),
    ("A rep for the band told reporters that the tour would go ahead as planned.",
     "the tour would go ahead as planned", "A rep for the band"),
])
def test_the_noun_phrase_is_the_speaker(sentence, content, speaker):
    assert [(q[0], q[3]) for q in quotes(sentence)] == [(content, speaker)]
