"""The ``rules`` model's name finder on where a name begins and ends: a body's name whose "and" comes before its
body's word ("Disaster and Emergency Management Presidency"), and a word that opens a sentence before a name.

Each sentence is built on the construction of a sentence in the train or dev split, or of a news page outside the
gold, and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of, quotes


def mentions(*paragraphs: str) -> dict[str, str]:
    """Label of each mention, by its text."""
    article = article_of(*paragraphs)
    return {article.text[m.start:m.end]: m.label for m in find_mentions(Layout(article))}


@pytest.mark.parametrize("body, paragraphs", [
    ("Disaster and Emergency Management Presidency",
     ["The earthquake struck near Samos. Turkey's Disaster and Emergency Management Presidency reported the "
      "magnitude was 6.6."]),
    ("Food and Agriculture Organization",
     ["The cull was completely unnecessary, the Food and Agriculture Organization said in a report on Monday."]),
    ("Immigration and Customs Enforcement",
     ["Detainees were moved by Immigration and Customs Enforcement (ICE) to a facility in Texas."]),
    ("Small Business and Entrepreneurship Council",
     ["The bill was backed by the Small Business and Entrepreneurship Council and by several unions."]),
    ("Life and Liberty Party",
     ["The newly created Life and Liberty Party held its first national convention.",
      "The Life and Liberty Party formed from former members of the Constitution Party."]),
])
def test_and_before_the_body_s_word_keeps_the_whole_name(body, paragraphs):
    assert mentions(*paragraphs).get(body) == "ORG"


@pytest.mark.parametrize("paragraphs, apart", [
    (["The cash injection will take place through VTB, Sberbank and Gazprom Bank, which are all state run banks."],
     "Gazprom Bank"),
    (["Toyota and General Motors both cut prices.", "General Motors said sales fell."], "General Motors"),
    (["Democrats and Homeland Security officials met on Monday."], "Homeland Security"),
])
def test_and_between_two_names_keeps_them_apart(paragraphs, apart):
    found = mentions(*paragraphs)
    assert apart in found
    assert not any(" and " in name for name in found)


def test_a_heading_of_two_abstract_nouns_is_no_body():
    assert "Operation and Discontinuation" not in mentions("III. Operation and Discontinuation",
                                                           "The system will be shut down next year.")


def test_a_body_across_and_speaks_under_its_whole_name():
    found = quotes("The earthquake struck near Samos. Turkey's Disaster and Emergency Management Presidency said: "
                   "\"The magnitude was 6.6.\"")
    assert [q[4] for q in found] == ["Disaster and Emergency Management Presidency"]


@pytest.mark.parametrize("paragraphs, name", [
    (["Ambassador Gordon Sondland testified on Wednesday.",
      "Yet Sondland said: \"There was a quid pro quo. We followed the president's orders.\""], "Sondland"),
    (["Apple declined to comment on the rumours.", "Recently Apple said it would hold a press event in March."],
     "Apple"),
])
def test_a_sentence_adverb_before_a_name_is_no_part_of_it(paragraphs, name):
    found = mentions(*paragraphs)
    assert name in found
    assert not any(m.split()[0] in ("Yet", "Recently") for m in found)


def test_the_speaker_after_a_sentence_adverb_keeps_his_full_name():
    found = quotes("Ambassador Gordon Sondland testified on Wednesday.",
                   "Yet Sondland said: \"There was a quid pro quo. We followed the president's orders.\"")
    assert [q[4] for q in found] == ["Gordon Sondland"]



@pytest.mark.parametrize("body, paragraphs", [
    ("Air Canada", ["Passengers on Air Canada and Air India flights were stranded in Toronto on Friday."]),
    ("Border Patrol", ["Forty migrants were detained by the Border Patrol near the river, officials said."]),
    ("Federal Reserve", ["The Federal Reserve raised interest rates by a quarter point on Wednesday."]),
    ("Creative Commons", ["The photo is released under a Creative Commons license."]),
    ("Consumer Reports", ["Mike Gikas, a senior editor, said Consumer Reports tested the cars last year."]),
    ("Tyson Foods", ["Companies such as PepsiCo and Tyson Foods have pledged to remove the dyes."]),
    ("Indian Railways", ["The trains of Indian Railways were cancelled because of the strike."]),
])
def test_a_word_of_companies_names_makes_a_body(body, paragraphs):
    assert mentions(*paragraphs).get(body) == "ORG"


def test_a_place_with_such_a_word_stays_a_place():
    assert mentions("The raids took place in Bel Air and in Philadelphia on Tuesday.").get("Bel Air") != "ORG"


def test_a_common_word_before_a_place_makes_no_person_of_the_place():
    found = mentions("Residents can make comments on the plan through Make Melbourne.",
                     "Rents in Melbourne rose faster than anywhere in Australia last year.")
    assert "Make Melbourne" not in found
    assert found.get("Melbourne") == "GPE"


def test_a_person_whose_surname_is_a_place_stays_a_person():
    found = mentions("Mark Hamilton, a lawyer for the family, said the hearing was postponed.",
                     "The family lives in Ohio, Hamilton said.")
    assert found.get("Mark Hamilton") == "PERSON"


def test_he_before_a_given_name_is_a_surname():
    found = mentions("He Jianxiong, the former executive director for China at the International Monetary Fund, "
                     "said the deal was weak.")
    assert found.get("He Jianxiong") == "PERSON"


def test_he_before_a_common_word_in_title_case_stays_a_pronoun():
    found = mentions("Trump met the press on Monday. He told reporters the talks went well.",
                     "He Told Reporters The Talks Went Well")
    assert not any(m.startswith("He ") for m in found)


@pytest.mark.parametrize("body, sentence", [
    ("US Treasury", "The sanctions were announced by the US Treasury on Monday."),
    ("United States Embassy", "The United States Embassy in Baghdad was attacked by protesters."),
    ("United States Geological Survey", "According to the United States Geological Survey, the quake struck at 7 a.m."),
    ("United States House of Representatives", "The bill passed the United States House of Representatives on Friday."),
    ("Syrian Democratic Forces", "The Syrian Democratic Forces said they had withdrawn from the town."),
    ("Sinaloa Cartel", "The suspects were members of the Sinaloa Cartel, police said."),
])
def test_a_place_before_a_state_s_body_stays_in_its_name(body, sentence):
    assert mentions(sentence).get(body) == "ORG"


def test_the_chamber_alone_is_the_body_after_its_full_name():
    found = mentions("The bill passed the United States House of Representatives on Friday.",
                     "The House will vote again next week.")
    assert found.get("House") == "ORG"


def test_the_body_of_a_place_speaks_under_its_full_name():
    found = quotes("Protesters stormed the compound on Tuesday.",
                   "The United States Embassy said: \"Our staff are safe and accounted for.\"")
    assert [q[4] for q in found] == ["United States Embassy"]



def test_a_body_named_as_based_somewhere_stays_a_body_when_it_speaks_alone():
    article = article_of("Michigan-based Whirlpool, which assembles most of its appliances at domestic factories, "
                         "welcomed the tariffs.",
                         "Cheaper steel in Asia gives rivals a price advantage on washers, Whirlpool says.")
    labels = [m.label for m in find_mentions(Layout(article)) if article.text[m.start:m.end] == "Whirlpool"]
    assert labels == ["ORG", "ORG"]


@pytest.mark.parametrize("name, sentence", [
    ("Arnel dela Vega", "Arnel dela Vega of the army's Western Mindanao Command said the group was responsible."),
    ("Joao dos Santos", "Joao dos Santos, a fisherman from the town, said the water was rising."),
])
def test_a_particle_the_connectors_lack_stays_inside_a_person_s_name(name, sentence):
    assert mentions(sentence).get(name) == "PERSON"
