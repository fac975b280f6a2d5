"""The ``rules`` model on where an indirect quote ends: a predicate coordinated with the reporting verb is the
writer's narration of the speaker, and stays out of what was said.

Each sentence is built on the construction of a sentence in the train, dev or study text (names and facts
changed), and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


def _contents(sentence: str) -> list[str]:
    return [q[0] for q in quotes(sentence) if q[1] == "indirect"]


# ---------------------------------------------------------------------- a finite verb after an infinitive


@pytest.mark.parametrize("sentence,content", [
    ("Interior Minister Karl Hofer urged the consulate to reconsider and spoke with his Swiss counterpart about "
     "the case.", "to reconsider"),
    ("As a senator, he called for the government of Moldova to reduce corruption but at the same time blocked an "
     "inquiry into the state energy firm.", "to reduce corruption"),
    ("Maria Lund was personally recommended by Berg to take over as chair and has been serving as interim chair "
     "since March.", "to take over as chair"),
])
def test_a_finite_verb_after_an_infinitive_is_the_reporting_subjects(sentence, content):
    assert content in _contents(sentence)


@pytest.mark.parametrize("sentence,content", [
    ("The fire service told residents to stay inside and close their doors and windows.",
     "to stay inside and close their doors and windows"),
    ("The council asked volunteers to help people who were injured and needed care.",
     "to help people who were injured and needed care"),
    ("The ministry urged the public to be wary of claims made by sellers and promoted by influencers.",
     "to be wary of claims made by sellers and promoted by influencers"),
    ("Officials urged residents to stay calm and focused.", "to stay calm and focused"),
])
def test_a_predicate_of_the_infinitive_itself_stays_in(sentence, content):
    assert content in _contents(sentence)


# ---------------------------------------------------------------------- a past form after a modal


def test_a_past_form_after_a_modal_is_the_reporting_subjects():
    assert "the bridge would reopen in May" in _contents(
        "The mayor said the bridge would reopen in May and thanked residents for their patience.")


@pytest.mark.parametrize("sentence,content", [
    ("Police said the suspect would be charged and released on bail.",
     "the suspect would be charged and released on bail"),
    ("The mayor said the bridge would remain closed and guarded until Monday.",
     "the bridge would remain closed and guarded until Monday"),
])
def test_a_participle_or_adjective_after_a_modals_copula_stays_in(sentence, content):
    assert content in _contents(sentence)


# ---------------------------------------------------------------------- a present form of the reporting verb's number


def test_a_plain_present_that_the_clauses_singular_subject_cannot_take_is_the_reporting_subjects():
    assert "Japan has long undercut European steelmakers" in _contents(
        "Many manufacturers agree that Japan has long undercut European steelmakers and support the "
        "commission's plan to raise duties.")


def test_a_plain_word_before_no_object_is_no_verb_of_the_reporting_subject():
    # "items" and "today" begin with "it" and "to" but open no object of "dairy"
    assert "the chain has cut prices on bread and dairy items this year" in _contents(
        "Shoppers agree that the chain has cut prices on bread and dairy items this year.")


def test_a_present_in_s_that_the_clauses_plural_subject_cannot_take_is_the_singular_reporters():
    assert "its members are owed back pay" in _contents(
        "The union says its members are owed back pay and plans a strike if the board refuses.")


@pytest.mark.parametrize("sentence,content", [
    ("Lindqvist says that Nokia's decision to drop the brand was a costly move, and makes its phones hard to tell "
     "apart.", "Nokia's decision to drop the brand was a costly move, and makes its phones hard to tell apart"),
    ("Opera says the latest versions of its browser give users better protection from these attacks and "
     "threats.", "the latest versions of its browser give users better protection from these attacks and threats"),
    ("The director said he has made a great many horror films, but grew tired of critics calling them comedies.",
     "he has made a great many horror films, but grew tired of critics calling them comedies"),
])
def test_a_change_of_tense_alone_keeps_the_predicate_in(sentence, content):
    assert content in _contents(sentence)


# ---------------------------------------------------------------------- a second act of speech, another's report


def test_a_second_act_of_speech_after_but_ends_the_clause():
    found = quotes('Ortiz acknowledged that "a small number of buyers" had faced delays, but dismissed talk of a '
                   'recall, saying the supplier had fixed the fault.')
    assert '"a small number of buyers" had faced delays' in [q[0] for q in found]


def test_the_writers_comment_before_a_second_act_of_speech_ends_the_clause_there():
    assert "the talks had stalled" in _contents(
        "The minister said the talks had stalled, without giving details, and called for calm.")


def test_another_sources_report_after_with_ends_the_clause():
    assert "he lost control" in _contents(
        "The ferry ran aground in fog; the captain told reporters he lost control, with some local press claiming "
        "he was trying to overtake another boat.")


@pytest.mark.parametrize("sentence,content,quoted", [
    ('The council of Tonga issued a statement agreeing the matter should be settled by parliament and not by '
     'courts: "imposing rules by judicial decree would ignore the islands\' customs."',
     "the matter should be settled by parliament and not by courts",
     "imposing rules by judicial decree would ignore the islands' customs."),
    ('Smith tweeted he had not heard of the march but would join it anyway: "Wow! Thousands of people are coming '
     'to the capital. See you there! #Rally" Rally is the name of his campaign.',
     "he had not heard of the march but would join it anyway",
     "Wow! Thousands of people are coming to the capital. See you there! #Rally"),
])
def test_a_quotation_opened_by_a_colon_after_the_clause_is_a_quote_of_its_own(sentence, content, quoted):
    found = quotes(sentence)
    assert content in [q[0] for q in found if q[1] == "indirect"]
    assert quoted in [q[0] for q in found if q[1] == "direct"]


def test_a_quotation_after_the_clauses_full_stop_is_a_quote_of_its_own():
    found = quotes('A spokesperson told the Defence Times the strike took place at about 9:30 p.m. "No allied troops '
                   'were hurt. We thank the local forces for their quick response," read the statement.')
    assert "the strike took place at about 9:30 p.m." in [q[0] for q in found if q[1] == "indirect"]
    assert "No allied troops were hurt. We thank the local forces for their quick response" in [
        q[0] for q in found if q[1] == "direct"]


def test_a_report_of_its_own_with_a_quantifier_for_subject_ends_the_clause():
    assert "voters changed their minds" in _contents(
        "One resident said voters changed their minds and several said they wanted the council to listen.")


def test_a_clause_that_is_itself_only_a_report_is_no_quote():
    found = quotes("“You have beaten some strong sides this year,” he said he told them. “You have been in every "
                   "game for the last ten games.”")
    assert not any(q[0].endswith("told them") for q in found)


def test_a_clause_ending_on_a_passive_report_stays_a_quote():
    assert "the site's owner had been informed" in _contents(
        "The researchers said the site's owner had been informed.")


@pytest.mark.parametrize("sentence,content", [
    ("The ministry said the talks had failed, however, the two sides will meet again in May.",
     "the talks had failed"),
    ("The Kremlin initially denied all claims that the journalist was poisoned, however, a German laboratory later "
     "found traces of a nerve agent.", "the journalist was poisoned"),
    # "however" inside the clause, before its verb, or in a clause before the reporting verb, stays in
    ("Jones said the plan, however, would cost more than the city expected.",
     "the plan, however, would cost more than the city expected"),
    ("The new design, however, has not been as big an issue for other phones, said analyst Mike Gikas.",
     "The new design, however, has not been as big an issue for other phones"),
])
def test_however_before_a_clause_of_its_own_is_the_writers_turn(sentence, content):
    assert _contents(sentence)[0] == content
