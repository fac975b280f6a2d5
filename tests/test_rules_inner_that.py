"""A "that" after the reported clause has begun is the clause's own ("said the firm would reuse that design"), one
after a preposition a determiner ("said of that plan"); a document's "that said" makes the document the speaker."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content", [
    ("Okafor said the agency would reuse that design in its next two landers.",
     "the agency would reuse that design in its next two landers"),
    ("Lindqvist said the council is drafting a new plan that should be ready “within weeks” for the city to vote on.",
     "the council is drafting a new plan that should be ready “within weeks” for the city to vote on"),
    ("The pilot told investigators the engine had failed twice that winter.", "the engine had failed twice that winter"),
    ("Okafor said he met with the board that week to discuss the merger.",
     "he met with the board that week to discuss the merger"),
    ("Okafor said Lindqvist met with the board that week to discuss the merger.",
     "Lindqvist met with the board that week to discuss the merger"),
    ("Police said the gunman fought with officers that night.", "the gunman fought with officers that night"),
    ("Police said the leaders met inside the hall that night.", "the leaders met inside the hall that night"),
    ("Police said the protesters stood outside the embassy that night.",
     "the protesters stood outside the embassy that night"),
])
def test_the_clause_starts_right_after_the_verb(sentence, content):
    assert [q[0] for q in quotes(sentence)] == [content]


def test_a_report_inside_the_clause_keeps_its_that():
    found = quotes("Mendes said the ruling shows that the right to protest has limits.")
    assert [q[:3] for q in found] == [("the ruling shows that the right to protest has limits", "indirect", "said"),
                                      ("the right to protest has limits", "indirect", "shows")]


@pytest.mark.parametrize("sentence, content", [
    ("Mendes said on Tuesday that the ruling would stand.", "the ruling would stand"),
    ("Mendes told reporters in Lisbon that the ruling would stand.", "the ruling would stand"),
    ("Mendes said in comments made to reporters that the ruling would stand.", "the ruling would stand"),
    ("Mendes told a meeting held in Lisbon that the ruling would stand.", "the ruling would stand"),
])
def test_the_verbs_own_that_stays_out(sentence, content):
    assert [q[0] for q in quotes(sentence)] == [content]


def test_that_after_a_preposition_reports_nothing():
    found = quotes("“We saw the need to move faster,” Okafor said of that change in a call with reporters.")
    assert [q[:3] for q in found] == [("We saw the need to move faster", "direct", "said")]


def test_that_after_a_preposition_keeps_the_clause_before_the_verb():
    found = quotes("The ruling will stand, Mendes said about that.")
    assert [q[:3] for q in found] == [("The ruling will stand", "indirect", "said")]


def test_a_document_that_said_is_the_speaker():
    found = quotes("The band put up a blog post that said fans without tickets could watch the show online for free.")
    assert [q[0] for q in found] == ["fans without tickets could watch the show online for free"]
    assert found[0][3] == "a blog post"


def test_a_later_that_is_the_verbs_own():
    assert [q[0] for q in quotes("Mendes said in that interview that the ruling would stand.")] == [
        "the ruling would stand"]


def test_a_that_before_a_verb_is_a_relative_not_the_verbs_own():
    found = quotes("The bank's leaders have denied 'sensational' claims made in a viral post that said the bank "
                   "misreported its losses.")
    assert all(q[2] != "denied" for q in found), found


def test_a_modal_after_that_opens_an_inverted_condition_of_the_clause():
    found = quotes("Mendes said that should the city pay the cost itself, she would not object to the plan.")
    assert [q[0] for q in found] == ["should the city pay the cost itself, she would not object to the plan"]


@pytest.mark.parametrize("sentence, content", [
    ("The mayor said that may be true of the older bridges.", "that may be true of the older bridges"),
    ("The mayor said that did not matter to the council.", "that did not matter to the council"),
])
def test_that_before_any_other_finite_verb_is_a_pronoun_of_the_clause(sentence, content):
    assert [q[0] for q in quotes(sentence)] == [content]
