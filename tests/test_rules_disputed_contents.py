"""The ``rules`` model on a verb of stance that takes up a statement: "disputed the notion that …", "denied all claims
that …", "peddled the debunked lie that …" report the clause after "that", the verb the cue and its subject the
speaker; a relative clause after the noun ("the argument that bans …") reports nothing, and the writer's turn after
the clause (", however, …") is no part of it.

Each sentence is built on the construction of a sentence in the train, dev or study text and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,kind,cue,speaker", [
    ("Senator Ann Hollis disputed the notion that she had been part of a back channel to the ministry.",
     "she had been part of a back channel to the ministry", "indirect", "disputed", "Ann Hollis"),
    ("The Kremlin initially denied all claims that the journalist was poisoned.",
     "the journalist was poisoned", "indirect", "denied", "Kremlin"),
    ("In May, Fox News peddled the debunked lie that the agency was shredding ballots.",
     "the agency was shredding ballots", "indirect", "peddled", "Fox News"),
    # a quotation inside the statement is one mixed quote, not a second, direct one
    ("In May, Fox News peddled the debunked lie that the agency was “shredding ballots in the basement of the county "
     "building.”", "the agency was “shredding ballots in the basement of the county building.”", "mixed", "peddled",
     "Fox News"),
])
def test_a_statement_taken_up_by_a_verb_of_stance_is_reported(sentence, content, kind, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, kind, cue, speaker)


def test_the_writers_turn_after_the_statement_is_no_part_of_it():
    found = quotes("The Kremlin initially denied all claims that the journalist was poisoned, however, a German "
                   "laboratory later found traces of a nerve agent.")
    assert found[0][:3] == ("the journalist was poisoned", "indirect", "denied")


def test_a_relative_clause_after_the_noun_reports_nothing():
    assert quotes("The court rejected the argument that bans the practice in public schools.") == []
