"""The ``rules`` model on constructions of press-office pages read on fresh White House text: investment lists
whose objects hold hyphenated compounds ("a $4 billion investment in U.S.-based production").

Each sentence is written in the shape of the pages' sentences and goes through the real segmenter, as in a built
corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_finite import ed_form
from rules_sentences import quotes


@pytest.mark.parametrize("sentence", [
    "Brightline Foods announced a $12 billion investment in U.S.-based packaging and logistics.",
    "Harbor Steel, a Canadian steelmaker, announced a $400 million investment in its Ohio-based rolling mill.",
    "Norwind Capital announced a $2 billion fund for state-owned ports and long-awaited rail links.",
])
def test_a_thing_with_a_hyphenated_adjective_after_announced_is_no_clause(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content", [
    ("Brightline Foods announced it will invest $12 billion in U.S.-based packaging over the next decade.",
     "it will invest $12 billion in U.S.-based packaging over the next decade"),
    ("The board announced the founder co-founded two other firms in the 1990s.",
     "the founder co-founded two other firms in the 1990s"),
])
def test_a_clause_with_a_compound_or_a_prefixed_verb_is_still_a_clause(sentence, content):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2]) == (content, "indirect", "announced")


@pytest.mark.parametrize("word,verb", [
    ("reported", True), ("re-elected", True), ("co-founded", True),
    ("state-owned", False), ("long-awaited", False), ("Texas-based", False),
])
def test_a_hyphenated_ed_form_is_a_verb_only_after_a_verb_prefix(word, verb):
    assert ed_form(word) is verb
