"""The ``rules`` model on speech no one gave: a generic subject in a condition ("when they say …", "if people
say …"), with a modal ("you'd say …", "people will say …", "they would say …"), or lent by an imperative ("ask
anyone … and they will say …"). Beside each, a real report of the same shape is kept.

Each sentence is built on the construction of a sentence in the train split (an interview on copyright) or on the
kinds seen on unseen text, and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence", [
    "When they say piracy, what they mean is sharing.",
    "If people say the plan is too costly, the council will listen.",
    "You'd say the team has given up, but the numbers tell another story.",
    "People will say all right, we'll accept the new rules.",
    "Some might argue the tax is unfair to small farmers.",
    "They could say the source code is a secret and the program is published.",
    "But ask anyone in the village and they will say the mine brought jobs.",
])
def test_hypothetical_or_generic_speech_is_no_quote(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("When Smith said the plan would fail, the board voted it down.",
     "the plan would fail, the board voted it down", "said", "Smith"),
    ("The president will say in his address that the economy is strong.", "the economy is strong", "say",
     "The president"),
    ("People said the plan was too costly.", "the plan was too costly", "said", "People"),
    ("Villagers told reporters the mine brought jobs.", "the mine brought jobs", "told", "Villagers"),
])
def test_a_report_of_the_same_shape_is_kept(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


def test_generic_speech_inside_a_real_report_leaves_the_report():
    (quote,) = quotes("When people say the city is unsafe, they are wrong, Mayor Ann Lee said.")
    assert quote[:4] == ("When people say the city is unsafe, they are wrong", "indirect", "said", "Ann Lee")
