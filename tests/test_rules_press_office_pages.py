"""The ``rules`` model on constructions of press-office pages read on fresh White House text: investment lists
whose objects hold hyphenated compounds ("a $4 billion investment in U.S.-based production"), and summaries whose
intro names someone as an object before the colon ("… fact checked the host on Senator …: “…”").

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


@pytest.mark.parametrize("paragraph,speaker", [
    ("Governor Dana Whitfield fact checked the anchor on convicted smuggler Ronald Pike Torres: “This man is a "
     "cartel member. He came here illegally!”", "Dana Whitfield"),
    ("Secretary Alan Brooks pushed back on reporters about Senator Mary Ellen Cole: “She has never built anything in "
     "her life.”", "Alan Brooks"),
])
def test_a_name_that_is_the_object_of_the_intro_verb_is_no_label(paragraph, speaker):
    (quote,) = quotes(paragraph)
    assert (quote[1], quote[2], quote[3]) == ("direct", None, speaker)


def test_a_name_after_a_colon_in_the_intro_is_still_a_label():
    (quote,) = quotes("The letter was entered into the Congressional Record: Director of Communications Paul Reyes: "
                      "“We are proud of the whole team.”")
    assert quote[3] == "Paul Reyes"

