"""The ``rules`` model on noun-phrase subjects of reporting verbs: a phrase of any head before a verb of speech,
people "familiar with" a matter, a relative clause between subject and verb, a role "to" a place, a body's name that
opens the phrase, and words before the subject that are no part of it. Sentences are written like news text.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


def test_a_definite_noun_phrase_of_any_head_speaks_before_a_verb_of_speech():
    (quote,) = quotes("The agency cut the number of homes it would switch off. The utility said it will closely "
                      "monitor the weather and could further reduce that number if it improves.")
    assert quote[:4] == ("it will closely monitor the weather and could further reduce that number if it improves",
                         "indirect", "said", "The utility")


def test_a_phrase_of_any_head_after_a_preposition_is_no_subject():
    (quote,) = quotes("Executives across the world say they have no choice but to postpone some hiring.")
    assert quote[3] == "Executives across the world"


def test_a_time_before_a_verb_of_speech_speaks_not():
    assert quotes("The next day said little about the storm.") == []


@pytest.mark.parametrize("sentence,speaker", [
    ("Mr. Trump’s tendency to waver has made China wary of offering concessions, for fear that he will only demand "
     "more, people familiar with Chinese trade policy said.", "people familiar with Chinese trade policy"),
    ("A person familiar with the matter told reporters that employees will begin receiving notice Monday.",
     "A person familiar with the matter"),
    ("Two people briefed on the talks said a deal was near.", "people briefed on the talks"),
])
def test_people_who_know_of_something_speak_unnamed(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3] == speaker


def test_the_phrase_a_relative_clause_hangs_on_speaks():
    (quote,) = quotes("Washington-based analysts who have done the calculations say they have difficulty figuring "
                      "out how exports could grow.")
    assert quote[3] == "Washington-based analysts"


def test_a_relative_clause_before_a_verb_that_takes_an_object_makes_no_report():
    assert quotes("Some consumers who sought help on launch day reported telephone wait times that exceeded two "
                  "hours.") == []


@pytest.mark.parametrize("sentence,speaker", [
    ("China’s ambassador to Britain said there would be consequences.", "China’s ambassador to Britain"),
    ("The U.S. ambassador to the UN said there would be consequences.", "The U.S. ambassador to the UN"),
])
def test_a_role_to_a_place_is_the_speaker_not_the_place(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3] == speaker


@pytest.mark.parametrize("sentence,speaker", [
    ("Hong Kong police have laid siege to the campus and threatened to use live ammunition.", "Hong Kong police"),
    ("China’s ambassador to Britain criticized the UK and warned that there would be consequences.",
     "China’s ambassador to Britain"),
])
def test_a_sentence_subject_is_the_phrase_a_place_opens(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3] == speaker


def test_an_owner_is_no_sentence_subject_when_a_name_follows():
    (quote,) = quotes("Hours before Zach Parise’s two-goal performance Tuesday, Wild coach Bruce Boudreau expressed "
                      "confidence in the veteran winger, saying he always finds a way to start scoring.")
    assert quote[3] == "Bruce Boudreau"


def test_an_inverted_subject_is_the_person_a_body_name_opens():
    (quote,) = quotes("“We received an inquiry and are cooperating in the matter,” said a WeWork spokesperson when "
                      "contacted by Reuters.")
    assert quote[3:] == ("a WeWork spokesperson", "a WeWork spokesperson")


@pytest.mark.parametrize("sentence,speaker", [
    ("This comes after police said the demonstrators had no option but to surrender.", "police"),
    ("He was arrested a block away after employees of a car dealership said he tried to steal a van.",
     "employees of a car dealership"),
    ("- Alibaba leaders have denied that the company misreported its sales.", "Alibaba leaders"),
    ("Winds might fling branches into power lines, causing sparks, PG&E officials said.", "PG&E officials"),
])
def test_words_before_a_nominal_subject_are_no_part_of_it(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3] == speaker


def test_a_long_relative_clause_between_subject_and_verb():
    (quote,) = quotes("A spokesperson who did not wish to be named because of agency policy said in a statement that "
                      "the agency never has administered vaccines.")
    assert quote[:4] == ("the agency never has administered vaccines", "indirect", "said", "A spokesperson")


def test_plural_people_joined_without_an_article_are_the_sentence_subject():
    (quote,) = quotes("Businesses and residents also have complained of poor communications and say the outages were "
                      "overly broad.")
    assert quote[3] == "Businesses and residents"


def test_a_generic_phrase_before_a_verb_in_the_present_is_no_speaker():
    assert quotes("The seller tells you it will never break down.") == []


def test_an_owner_with_a_title_opens_the_phrase():
    (quote,) = quotes("President Trump’s advisers said Beijing would resume buying farm products.")
    assert quote[3] == "President Trump’s advisers"


def test_an_inverted_subject_is_the_person_after_a_body_and_its_role():
    (quote,) = quotes("Job cuts will be announced later this week in areas that do not support the company’s core "
                      "business, said The We Company’s recently named executive chair Marcelo Claure in an email.")
    assert quote[3:] == ("Marcelo Claure", "Marcelo Claure")


@pytest.mark.parametrize("sentence,speaker", [
    ("Consumer advocates are urging the regulator to establish backup power requirements.", "Consumer advocates"),
    ("A group of physicians, alarmed that the administration is denying flu vaccines to immigrants, is urging the "
     "department to accept its offer.", "A group of physicians"),
])
def test_the_subject_of_a_participle_in_the_progressive(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3] == speaker
