"""The ``rules`` model on quotations inside quotations: a speaker quoted, in single marks, within another's words.

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraph,inner,cue,speaker", [
    ("Fox Business Network’s Maria Bartiromo: “As President Trump would say, ‘It’s going to be the best economy "
     "anybody has ever seen.’ Maybe we are starting to see that.”",
     "It’s going to be the best economy anybody has ever seen.", "say", "Trump"),
    ("Here are a few examples from the story: “‘We are swamped. We are running 24 hours a day,’ said Jack Schron, "
     "the owner of the company. Orders have doubled since March.”",
     "We are swamped. We are running 24 hours a day", "said", "Jack Schron"),
    ("Bolton gave a different account: \"I offered to resign last night and President Trump said, 'Let's talk "
     "about it tomorrow.' That was all.\"", "Let's talk about it tomorrow.", "said", "Trump"),
])
def test_a_quotation_in_single_marks_with_its_own_speaker_inside_a_quotation(paragraph, inner, cue, speaker):
    found = quotes(paragraph)
    assert (inner, "direct", cue, speaker) in [q[:4] for q in found]
    assert len(found) == 2  # the outer quotation stays its speaker's


@pytest.mark.parametrize("paragraph", [
    "The mayor said: “The plan, known as ‘Operation Safe Roads’, will start in the spring.”",
    "The mayor said: “I told them, ‘We will not close the road before the spring.’ They agreed.”",
])
def test_a_name_in_single_marks_or_the_speaker_quoting_themselves_is_no_quote_of_its_own(paragraph):
    assert len(quotes(paragraph)) == 1
