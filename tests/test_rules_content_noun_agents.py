"""A content noun whose source is named after it, by "by" or "from": "a declaration by President Ruto that the war
was over" reports Ruto's clause, as "President Ruto's declaration that …" does; "the claim that …" with no one to
make it stays no quote."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("The opposition welcomed a declaration by President William Ruto that the state of emergency was over.",
     "declaration", "William Ruto"),
    ("The opposition welcomed the announcement from the Interior Ministry that the state of emergency was over.",
     "announcement", "Interior Ministry"),
    ("The opposition welcomed President William Ruto's declaration that the state of emergency was over.",
     "declaration", "William Ruto"),
])
def test_the_source_after_the_noun_speaks_its_clause(sentence, cue, speaker):
    assert [(q[0], q[2], q[3]) for q in quotes(sentence)] == [("the state of emergency was over", cue, speaker)]


@pytest.mark.parametrize("sentence", [
    "The opposition rejected the claim that the state of emergency was over.",
    "The opposition welcomed a declaration by the end of the week that the state of emergency was over.",
])
def test_a_content_noun_without_a_named_source_is_no_quote(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence, content, owner", [
    ("Tom Reyes repeated at the hearing his claim that the election was stolen.", "the election was stolen", "Tom Reyes"),
    ("Senator Cole defended in the interview her stance that Iran cannot be trusted.", "Iran cannot be trusted",
     "Cole"),
])
def test_a_determiner_before_an_owned_noun_leaves_the_owner_its_report(sentence, content, owner):
    assert [(q[0], q[4]) for q in quotes(sentence)] == [(content, owner)]
