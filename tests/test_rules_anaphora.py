"""The ``rules`` model on nominals and pronouns that take up an entity the text described: "the city" is the place
the text called a city, "she" the daughter a clause of the sentence before made its subject.

Each passage is built on the construction of sentences in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_pronouns import could_be_person
from rules_sentences import speaker_of



def test_the_city_is_the_place_the_text_called_a_city_not_the_state_named_after_it():
    paragraphs = ("On Monday, a water main broke in the US city of White Plains, New York, cutting off the water "
                  "supply to most of the city.",
                  "Shortly thereafter, the city issued a follow-up statement. The city said \"the break has been "
                  "contained\".")
    assert speaker_of("the break has been", *paragraphs) == "White Plains"


def test_the_company_is_the_business_the_text_called_a_company_by_apposition():
    paragraphs = ("Apple was sued on Wednesday by Cisco, the network equipment maker, over the iPhone name.",
                  "The company said \"we own the trademark\".")
    assert speaker_of("we own the trademark", *paragraphs) == "Cisco"


def test_the_company_is_the_business_the_text_called_a_planemaker_by_apposition():
    paragraphs = ("Boeing cut its forecast on Monday. Analysts said the order from Airbus, the European planemaker, "
                  "was a blow to the industry. The company said that deliveries would resume in May.",)
    assert speaker_of("deliveries would resume in May", *paragraphs) == "Airbus"


def test_the_company_is_not_the_one_described_once_another_business_has_led_a_sentence_since():
    paragraphs = ("Apple was sued on Wednesday by Cisco, the network equipment maker, over the iPhone name.",
                  "Apple declined to comment at first. The company said \"we own the trademark\".")
    assert speaker_of("we own the trademark", *paragraphs) == "Apple"


def test_she_goes_to_the_daughter_who_is_the_subject_of_a_clause_of_the_sentence_before():
    paragraphs = ("David Turpin and Louise Turpin were sentenced on Friday.",
                  "The two parents were arrested in January of last year after one of their daughters, aged 17, "
                  "escaped and phoned 911. She said \"some of my siblings were chained\".")
    assert speaker_of("some of my siblings", *paragraphs) == "one of their daughters"


def test_he_is_not_taken_by_a_woman_of_a_clause_of_the_sentence_before():
    paragraphs = ("David Turpin was sentenced on Friday.",
                  "The court heard the case after one of his daughters escaped. He said \"I love my children\".")
    assert speaker_of("I love my children", *paragraphs) == "David Turpin"


def test_a_he_that_nothing_near_tells_does_not_go_to_a_man_named_many_paragraphs_before():
    paragraphs = ("Akram Pasha took me to the city and left me at a house.",
                  "I just kept crying and crying. I stopped eating food.",
                  "There in that house the days were long.",
                  "Everyone new had to work from the first day.",
                  "I agreed to do the work after this.",
                  "Once I agreed, the client was called.",
                  "I told my story in the morning.",
                  "He said \"I will not touch you\".")
    assert speaker_of("I will not touch you", *paragraphs) != "Akram Pasha"


def test_a_he_goes_to_the_man_named_a_few_paragraphs_before_when_no_one_is_named_since():
    paragraphs = ("Akram Pasha took me to the city and left me at a house.",
                  "I just kept crying and crying. I stopped eating food.",
                  "He said \"you will stay here\".")
    assert speaker_of("you will stay here", *paragraphs) == "Akram Pasha"


def test_he_is_not_the_one_spoken_to_in_the_phrase_that_opens_his_sentence():
    paragraphs = ("The previous day, television broadcaster PBS revealed that Crown Prince Mohammad bin Salman of Saudi "
                  "Arabia accepted responsibility for the murder. Speaking to Martin Smith of PBS, he said, \"It "
                  "happened under my watch.\"",)
    assert speaker_of("It happened under my watch", *paragraphs) == "Mohammad bin Salman"


@pytest.mark.parametrize(("name", "person"), [("Mac OS X", False), ("John M. Ford", True), ("Elizabeth II", True),
                                            ("Steve Jobs", True)])
def test_a_name_with_a_word_of_two_capitals_after_its_first_is_no_person_for_a_he(name, person):
    assert could_be_person(name) is person


def test_a_government_with_a_place_named_before_its_head_is_that_place_not_the_last_one_named():
    paragraphs = ("Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack on Iraq.",
                  "In 2007, the United States government said \"Soleimani is a terrorist\" and levied sanctions "
                  "against him.")
    assert speaker_of("is a terrorist", *paragraphs) == "United States"


def test_its_in_an_opening_phrase_looks_ahead_to_the_subject_after_it():
    paragraphs = ("The NBA did not release the identity of the player. The Utah Jazz were to play against the "
                  "Oklahoma City Thunder.",
                  "According to its press release, the NBA was \"suspending game play until further notice.\"")
    assert speaker_of("suspending game play", *paragraphs) == "NBA"
