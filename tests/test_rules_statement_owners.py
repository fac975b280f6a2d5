"""A statement that opens its sentence ("In a statement, the Interior Ministry said …") is its subject's: "the
statement" in the sentences after speaks in that subject's name, as the guidelines name a document by its owner; an
inverted "said a statement from the White House" is the document with its owner, named by the owner."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraphs, name", [
    (("In a statement, the Interior Ministry said the phones posed no risk to users.",
      "The statement added that the recall of the older models was voluntary."), "Interior Ministry"),
    (("In a statement released on Friday, Governor Chris Gregoire said the state would pay for the repairs.",
      "“The bridge will reopen in the spring,” the statement said."), "Chris Gregoire"),
])
def test_the_statement_speaks_for_the_subject_its_phrase_opened(paragraphs, name):
    assert [q[4] for q in quotes(*paragraphs)] == [name, name]


@pytest.mark.parametrize("opening, speaker", [
    ("In a statement, police in Ohio said", "police in Ohio"),
    ("In a statement, Smith's lawyer said", "Smith's lawyer"),
])
def test_a_statement_whose_subject_names_no_owner_keeps_its_own_words(opening, speaker):
    """A nominal subject ("police in Ohio") or a name's possessive ("Smith's lawyer") is no named owner."""
    assert [q[4] for q in quotes(f"{opening} the phones posed no risk to users.",
                                 "The statement added that the recall of the older models was voluntary.")] == [
        speaker, "The statement"]


@pytest.mark.parametrize("sentence, mention, name", [
    ("“We will keep fighting for the workers of this state,” said a statement from the White House.",
     "a statement from the White House", "White House"),
    ("“We will keep fighting for the workers of this state,” said a statement by the U.S. Embassy.",
     "a statement by the U.S. Embassy", "U.S. Embassy"),
    ("“We will keep fighting for the workers of this state,” said a statement by Boeing Co. on Monday.",
     "a statement by Boeing Co.", "Boeing Co."),
    ("“We will keep fighting for the workers of this state,” said the statement.", "the statement", "the statement"),
])
def test_an_inverted_document_takes_its_owner_written_after_it(sentence, mention, name):
    """The guidelines' "A statement by Boeing": the mention is the document with its owner, named by the owner."""
    assert [(q[3], q[4]) for q in quotes(sentence)] == [(mention, name)]
