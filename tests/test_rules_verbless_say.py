"""The ``rules`` model on words after an inverted "…, said" that hold no verb: the speaker itself ("said Lt. Matt
Harris, the department's spokesman") or an adjunct ("said Tuesday at the conference") is not what was said.
Beside them, reports of the same shape are kept.

Each sentence is built on the construction of a sentence in the outside set's study half and goes through the
real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence", [
    "Officers later arrested Jane A. Doe, 32, of 1119 Eighth St., after locating methamphetamine in her car, said "
    "Lt. Matt Harris, Columbus Police Department spokesman.",
    "Smith was known for telling others he was in charge despite being the envoy in Brussels, said another witness "
    "in the inquiry, former adviser Fiona Hill.",
])
def test_the_speaker_after_an_inverted_said_is_no_quote(sentence):
    assert not any(q[0].startswith(("Lt. Matt Harris", "another witness")) for q in quotes(sentence))


@pytest.mark.parametrize("sentence,content,speaker", [
    ("The plant will close, said the company.", "The plant will close", "the company"),
    ("The attack, the army said, hit a school.", "hit a school", "the army"),
    ("Officials said the bridge would reopen.", "the bridge would reopen", "Officials"),
])
def test_a_report_after_said_with_a_verb_is_kept(sentence, content, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2], quote[3]) == (content, "indirect", "said", speaker)
