"""The ``rules`` model's speaker names for a description whose head the text writes as a person's title, before or
after it ("trade commissioner Albert Muchanga … The commissioner said"), and for a document that refers back to one
named before, on passages built on the construction of train, dev and study sentences.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes, referents


def names(*paragraphs: str) -> dict[str, str | None]:
    """Each quote's speaker phrase and the name the model gives it."""
    return {speaker: name for _, _, _, speaker, name in quotes(*paragraphs)}


def test_the_description_is_the_person_it_was_written_before_as_a_title():
    said = names("Leaders of the bloc met in Accra for a summit on trade. EU trade and customs commissioner Maria "
                 "Lindqvist announced Ghana was to join. The commissioner said, \"The framework we have is enough to "
                 "start trading next year\".")
    assert said["The commissioner"] == "Maria Lindqvist"


def test_a_possessive_description_is_the_person_written_after_the_same_words():
    said = names("The jazz pianist Oscar Delaney died on Sunday at the age of 84. The news was confirmed by Reuters "
                 "with his daughter Ruth Delaney.",
                 "Although he had lived in Portugal for years, his daughter said he died in London.")
    assert said["his daughter"] == "Ruth Delaney"


def test_a_possessive_description_is_not_a_person_written_after_other_words():
    said = names("Interim coach Martin Hale joined the club in March.",
                 "He was at home on Sunday, his daughter said.")
    assert said["his daughter"] != "Martin Hale"


def test_a_plural_description_is_no_one_titled_person():
    said = names("Lead researcher Anna Novak published the study on Monday.",
                 "The results were surprising, the researchers said.")
    assert said["the researchers"] != "Anna Novak"


def test_an_indefinite_description_is_the_person_the_next_sentence_titles_with_its_head():
    said = names("A Texas transit chief says a woman has been injured on a Houston light rail train.",
                 "Metro Police Chief Dana Ruiz told reporters that officers arrived within minutes.")
    assert said["A Texas transit chief"] == "Dana Ruiz"


def test_an_indefinite_description_is_not_a_person_titled_paragraphs_later():
    said = names("A Texas transit chief says a woman has been injured on a Houston light rail train.",
                 "Service resumed two hours later.", "Trains ran late all evening.",
                 "Police Chief Dana Ruiz thanked the crew.")
    assert said["A Texas transit chief"] != "Dana Ruiz"


def test_a_document_of_lowercase_words_of_a_body_named_before_is_that_body():
    said = names("Cumbria Fire and Rescue Service were called to the farm at 10:15am local time. Crews came from "
                 "Penrith and Keswick, according to a fire service statement.")
    assert said["a fire service statement"] == "Cumbria Fire and Rescue Service"


def test_the_document_is_the_one_a_name_was_written_before():
    said = names("The agency's director said the name must be easy to say, per WHO guidelines established in 2015.",
                 "The guidelines cite the 2009 outbreak as an example of what not to do.")
    assert said["The guidelines"] == "WHO"


def test_that_document_is_the_one_the_sentence_before_gave_by_its_author():
    said = names("Doctors noted findings of unsanitary conditions at detention centres by the DHS Office of "
                 "Inspector General.",
                 "That report found children in some facilities did not have access to showers.")
    assert said["That report"] == "DHS Office of Inspector General"


def test_the_publication_is_the_publication_that_led_the_sentence_before():
    said = names("The Aviation Herald reported the jet was supposed to land at the other airport. The industry "
                 "publication stated the aircraft overran the runway and broke through a barrier.")
    assert said["The industry publication"] == "The Aviation Herald"


def test_the_court_is_not_the_press_that_led_the_sentence_before():
    said = names("The Associated Press reported the appeal was heard on Monday. The court said the sentence would "
                 "stand.")
    assert said["The court"] != "The Associated Press"


def test_the_study_is_not_the_body_that_led_the_sentence_before():
    said = names("The Youth Risk Behavior Surveillance System polled students in 2017. The study found that one in "
                 "five had been bullied.")
    assert said["The study"] != "Youth Risk Behavior Surveillance System"


@pytest.mark.parametrize("paragraphs,speaker,name", [
    pytest.param(("The county's chief constable wrote to the US Embassy in London asking to waive her immunity. The "
                  "embassy declined the request and said the family left on official advice.",),
                 "The embassy", "US Embassy", id="the capitalised name written with its head"),
    pytest.param(("Rates of gambling disorder have risen in states where betting was legalized, according to a study.",
                  "The authors of the research published in the journal JAMA Psychiatry argued that the policies "
                  "had benefits.",
                  "Occasional betting is not thought to cause substantial problems, the authors said."),
                 "the authors", "The authors of the research", id="unnamed people by the words that first described them"),
    pytest.param(("The drink was served by the owners of a New York bar on Friday.",
                  "It sold out within an hour, the owners said."),
                 "the owners", "the owners", id="not by words that go on to a name"),
    pytest.param(("Peyton Manning retired from football in 2016.",
                  "Police arrested a man on Tuesday near the stadium after a fight.",
                  "The man said he was innocent."),
                 "The man", "The man", id="a head inside a longer word of a name is no title"),
    pytest.param(("Minister of Education Stefania Giannini spoke in Rome on Monday.",
                  "The minister said the reform would pass."),
                 "The minister", "Stefania Giannini", id="a head that is a word of a title is the titled person"),
])
def test_a_description_is_named(paragraphs, speaker, name):
    assert names(*paragraphs)[speaker] == name


def test_a_description_is_the_person_its_own_words_are_written_before_elsewhere():
    text, resolver = referents("Russia’s ambassador to France accused the EU of meddling and warned that his "
                               "government “will not sit on our hands”.",
                               "The police said the crowd had dispersed by midnight.",
                               "Russia’s ambassador to France Pavel Orlov has said his country has the power to act.")
    assert resolver.speaker(0, len("Russia’s ambassador to France")).name == "Pavel Orlov"
