"""The ``rules`` model on constructions of ordinary news prose: who reports a clause when the subject stands far
from the reporting verb.

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraph,clause,cue,speaker", [
    ("However, he went on to say that should a manufacturer be willing to pay the cost itself, he did not object.",
     "should a manufacturer be willing to pay the cost itself, he did not object", "say", "he"),
    ("Jean-Jacques Muyembe spoke first. He went on to say thousands of deaths could be prevented.",
     "thousands of deaths could be prevented", "say", "He"),
    ("The minister continued to insist the plan was sound.", "the plan was sound", "insist", "The minister"),
])
def test_a_verb_that_hands_its_subject_on_to_the_report(paragraph, clause, cue, speaker):
    assert (clause, "indirect", cue, speaker) in [q[:4] for q in quotes(paragraph)]


@pytest.mark.parametrize("paragraph,clause,speaker", [
    # the first verb's own clause holds a report ("found"): the subject is the one of the first verb with one
    ("The German government announced the tests by a military laboratory found a nerve agent in his blood, and said "
     "there was proof he had been poisoned.", "there was proof he had been poisoned", "The German government"),
    # the first verb reports nothing: the noun phrase that opens the sentence
    ("Raab urged the embassy to reconsider. The embassy declined the request and said the family left per advice "
     "from the Department of State.", "the family left per advice from the Department of State", "The embassy"),
])
def test_a_reporting_verb_coordinated_with_an_earlier_verb_shares_its_subject(paragraph, clause, speaker):
    assert (clause, "indirect", "said", speaker) in [q[:4] for q in quotes(paragraph)]


@pytest.mark.parametrize("paragraph,clause,speaker", [
    ("Germany on Monday banned the airline from flying in the country, with officials saying this is for security "
     "reasons.", "this is for security reasons", "officials"),
])
def test_people_after_with_are_the_subject_of_a_reporting_participle(paragraph, clause, speaker):
    assert (clause, "indirect", "saying", speaker) in [q[:4] for q in quotes(paragraph)]


def test_a_participle_after_with_and_no_speaker_reports_nothing():
    assert quotes("The team won the match, with fans singing loudly in the stands.") == []
