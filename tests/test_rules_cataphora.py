"""A pronoun in a phrase that opens its sentence means the subject named right after the phrase
(``rules_cataphora``): passages built on the construction of train and dev sentences."""

from __future__ import annotations

import pytest
from rules_sentences import referents


def _resolved(pronoun: str, before: str, *paragraphs: str) -> str | None:
    text, resolver = referents(*paragraphs)
    return resolver.antecedent(pronoun, text.index(before) + len(before) + 1)


@pytest.mark.parametrize("sentence, before, pronoun, name", [
    ("In her opening remarks for guests, Waters pointed out the prints.", "In", "she", "Kathryn Waters"),
    ("After calling the church by phone to speak with his mother, Montalvo was put through to a lawyer.",
     "speak with", "he", "Daniel Montalvo"),
    ("On its website, Acme Corporation released the text of the letter.", "On", "it", "Acme Corporation"),
    ("As she left the stage, Waters pointed out the prints.", "As", "she", "Kathryn Waters"),
])
def test_a_pronoun_in_an_opening_phrase_means_the_subject_after_it(sentence, before, pronoun, name):
    paragraphs = ("Kathryn Waters, director of the gallery, and Daniel Montalvo, a former member, met Mark Rathbun "
                  "of Acme Corporation and Tim Hale of the Globex Group.",
                  "Rathbun said he would help. Hale spoke to reporters at the Globex Group on Monday.", sentence)
    assert _resolved(pronoun, before, *paragraphs) == name


@pytest.mark.parametrize("owner, name", [("Rathbun's", "Mark Rathbun"), ("Jones'", "Tom Jones")])
def test_a_subjects_owner_after_the_opening_phrase_is_no_antecedent(owner, name):
    paragraphs = ("Daniel Montalvo met Mark Rathbun and Tom Jones on Friday.",
                  f"After he left the building, {owner} lawyer called the police.")
    assert _resolved("he", "After", *paragraphs) != name


def test_a_role_phrase_opened_by_as_is_no_cataphora():
    paragraphs = ("Mary Brown was charged with fraud on Monday.", "As her lawyer, Tom Jones said the charges were false.")
    assert _resolved("she", "As", *paragraphs) != "Tom Jones"


@pytest.mark.parametrize("sentence, before", [
    ("Nothing in his record, Bill Smith said, explains the loss.", "in"),
    ("Beijing praised his courage in a statement, Bill Smith said on Monday.", "praised"),
])
def test_a_word_in_ing_that_is_no_verb_opens_no_phrase(sentence, before):
    paragraphs = ("Tom Reed was charged with fraud on Monday.", sentence)
    assert _resolved("he", before, *paragraphs) != "Bill Smith"
