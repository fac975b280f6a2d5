"""The ``rules`` model on whom a speaker resolves to: a "he" or "she" that agrees in sex with what the text tells of
a person, goes on with the subject of the sentence before, and a short name of a business not widened to the
longer name of a part of it.

Each passage is built on the construction of sentences in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_pronouns import could_be_person
from rules_sentences import quotes, speaker_of



_SPANTON = ("Emily Spanton, 39, who has waived her right to anonymity, met officers Antoine Quirin and Nicolas "
            "Redouane at an Irish pub.")
_CHAIN = ("CCTV captured their arrival at the building after Spanton smoked a cigarette; she departed in tears at 2:00. "
          "In between, she testified, she was attacked by Quirin, Redouane, and an unidentified third officer. "
          "She told the court she was forced to drink whiskey.")


def test_her_after_a_name_tells_that_the_person_is_a_woman_whom_a_later_she_goes_on_with():
    paragraphs = (_SPANTON, _CHAIN, "She told a guard at the door, in French and English, \"they attacked me\".")
    assert speaker_of("they attacked me", *paragraphs) == "Emily Spanton"


def test_a_she_does_not_go_to_a_woman_named_once_in_passing_before_the_men_named_since():
    paragraphs = ("Quirin met Redouane at the pub. The novel Hot Nights stars a character ashamed of her own past.",
                  "Officers Antoine Quirin and Nicolas Redouane were jailed. The case of Antoine Quirin drew "
                  "attention. Quirin spoke about it. She said \"it was a long night\".")
    assert speaker_of("it was a long night", *paragraphs) != "Hot Nights"


@pytest.mark.parametrize("opening", ["", "On Monday, "])
def test_a_he_goes_on_with_the_subject_of_the_sentence_before_not_an_earlier_man(opening):
    paragraphs = ("Many of the new products are already under development and Jobs will continue to steer the "
                  "company from his position as chairman of the board.",
                  "Art Levinson, a member of the board, adds, \"Steve will serve Apple with his unique insights\".",
                  f"{opening}Richard Doherty attributes Steve Jobs' success to the ability to hold off on a product "
                  "until it is perfect.",
                  "He states \"A lot of products could have gotten to market earlier, but he wanted it better.\"")
    assert speaker_of("A lot of products", *paragraphs) == "Richard Doherty"


@pytest.mark.parametrize("paragraphs,content,name", [
    (("Boeing Commercial Airplanes on Tuesday delivered the final 717 jet built to AirTran Airways.",
      "In January 2005, Boeing said \"the 717 program will end after all outstanding orders\"."),
     "the 717 program", "Boeing"),
    (("On Thursday, the court ruled in the case of Eva Glawischnig-Piesczek against Facebook Ireland Limited.",
      "Facebook said \"this judgment raises critical questions\"."),
     "this judgment", "Facebook"),
    # a legal ending or a name joined by "of" names the same body
    (("Apple Inc. unveiled the iPhone 4 in June.", "Apple said \"the phone is the best we have made\"."),
     "the phone is", "Apple Inc."),
    (("The Church of Scientology opened a new centre.", "The Church said \"we welcome everyone\"."),
     "we welcome", "Church of Scientology"),
])
def test_a_short_name_of_a_business_is_not_widened_to_a_longer_name_of_a_part_of_it(paragraphs, content, name):
    assert speaker_of(content, *paragraphs) == name


def test_a_he_goes_to_no_name_that_cannot_be_a_person():
    paragraph = ("Michigan-based Whirlpool, which assembles 80% of its U.S. appliances at domestic factories, says its "
                 "Asian competitors have had an unfair advantage. Chief Executive Marc Bitzer said the latest tariffs "
                 "should help close the price gap. \"The tariffs will finally help create a level playing field for "
                 "Whirlpool,\" he said in April.")
    assert speaker_of("level playing field", paragraph) == "Marc Bitzer"


@pytest.mark.parametrize("name,person", [
    ("Michigan-based Whirlpool", False), ("Tyumen Oblast", False), ("Current PowerPC", False),
    ("Marc Bitzer", True), ("Alexander Gagay", True), ("Ronald McDonald", True), ("Doris Day", True),
])
def test_a_name_with_a_region_word_a_based_or_a_capital_inside_a_word_is_no_person_a_pronoun_goes_to(name, person):
    assert could_be_person(name) is person


_COURTS = ("On Wednesday, the Court of Session in Scotland issued an opinion on the suspension of the Parliament of the "
           "United Kingdom. The Court of Session is the highest civil court in Scotland. The only court with higher "
           "authority is the Supreme Court of the United Kingdom.",
           "The court had been petitioned by Joanna Cherry of the Scottish National Party. Cherry and all but one of "
           "the petitioners are members of UK parliament.")


def test_a_description_of_a_body_goes_to_the_body_of_that_kind_the_text_is_about_not_the_last_named():
    paragraphs = (*_COURTS, "The three-judge court found Johnson's advice to the Queen \"was motivated by the improper "
                            "purpose of stymying Parliament\".")
    assert speaker_of("improper purpose", *paragraphs) == "Court of Session"


def test_a_bare_head_word_of_several_bodies_goes_to_the_body_the_text_is_about():
    paragraphs = (*_COURTS, "First Minister Nicola Sturgeon said via Twitter: \"Court says prorogation was unlawful "
                            "and null and void\".")
    court = [q for q in quotes(*paragraphs) if q[3] == "Court"]
    assert court and court[0][4] == "Court of Session"


def test_a_they_goes_to_the_plural_subject_of_its_own_sentence_before_it():
    paragraphs = ("The Thursday edition of NT News, a daily printed in Darwin, included an eight-page insert.",
                  "The stores were originally reluctant to impose restrictions, according to a report from ABC "
                  "Australia on March 3 in which they said they had no plans to introduce restrictions.")
    assert speaker_of("no plans", *paragraphs) == "The stores"
