"""The ``rules`` model's name finder on what the text does with a name: a company's noun, role, shares or legal
form beside it, "the" before a name that acts, a courtesy title, and a known place where a place goes.

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of


def mentions(*paragraphs: str) -> list[tuple[str, str]]:
    """(text, label) of each mention."""
    article = article_of(*paragraphs)
    return [(article.text[m.start:m.end], m.label) for m in find_mentions(Layout(article))]


def label_of(name: str, *paragraphs: str) -> str | None:
    return next((label for text, label in mentions(*paragraphs) if text == name), None)


@pytest.mark.parametrize("name, sentence", [
    ("Bear Stearns", "The volatile week began with Bear Stearns tumbling. Bear Stearns shares fell by a third."),
    ("Air Berlin", "Boeing announced 35 new orders from German airline Air Berlin and a leasing firm."),
    ("Massey Energy", "He has been widely covered for his role as CEO of Massey Energy during the disaster."),
    ("Freddie Mac", "Rates fell to a ten-month low, with Freddie Mac’s chief economist citing lower rates."),
    ("Hang Seng", "In Hong Kong, the Hang Seng index fell 5.5 percent, its biggest fall in years."),
    ("Federal Reserve", "Totaling US$ 180 billion, the Federal Reserve arranged to increase existing swap lines."),
    ("Coast Guard", "The Coast Guard said their casualties were attending mass on the island."),
    ("Met Éireann", "Today Met Éireann, the national meteorological service for Ireland, issued warnings."),
])
def test_what_the_text_does_with_two_words_makes_them_a_company(name, sentence):
    assert label_of(name, sentence) == "ORG"


@pytest.mark.parametrize("name, sentence", [
    ("Cisco", "This became the reason for Cisco to file a lawsuit. Shares of Cisco rose 2 percent."),
    ("Chrysler", "“It is a much-needed move,” said Jim Press, the Vice Chairman of Chrysler."),
    ("Cream", "He was the drummer and co-founder of the rock band Cream, an early supergroup."),
    ("Youngspiration", "Localist group Youngspiration's Baggio Leung was elected."),
])
def test_a_single_unknown_word_is_a_company_by_the_words_around_it(name, sentence):
    assert label_of(name, sentence) == "ORG"


def test_a_courtesy_title_keeps_a_person_whatever_else_the_text_does():
    sentence = "Shares of Ann Lee Holdings fell. Analysts at the bank said Ms. Lee was the founder of the firm."
    assert label_of("Lee", sentence) == "PERSON"


@pytest.mark.parametrize("sentence", [
    "Tomasz Kubiak, a fire service spokesman, told reporters the man had died.",
    "Jasim Uddin, a spokesperson for the fire service, told the Associated Press that nine people died.",
    "The panel included Tina Descovish, Co-Founder of Moms for Liberty.",
])
def test_a_person_s_apposed_role_or_title_is_no_company_s_sign(sentence):
    assert next(label for text, label in mentions(sentence) if " " in text) == "PERSON"


def test_a_titled_name_ends_before_the_place_it_represents():
    found = mentions("Both earned 9 delegates, followed by Senator Amy Klobuchar of Minnesota, with 6.")
    assert ("Amy Klobuchar", "PERSON") in found and ("Minnesota", "GPE") in found


def test_a_known_place_where_a_place_goes_is_no_person_after_a_name_that_holds_it():
    found = mentions("My plan is to expand “Participate Melbourne” to empower residents.",
                     "In Melbourne, 63 percent of residents were born in Australia.")
    assert ("Melbourne", "GPE") in found


@pytest.mark.parametrize("sentence, names", [
    ("Shares in the auto companies Toyota, Nissan and Honda all dropped by 10 percent apiece.",
     ["Toyota", "Nissan", "Honda"]),
    ("The loans may end up in the hands of major multi-national banks such as Citibank, HSBC, and Commerzbank.",
     ["Citibank", "Commerzbank"]),
])
def test_names_listed_after_a_plural_noun_of_companies_are_companies(sentence, names):
    found = dict(mentions(sentence))
    assert [found.get(name) for name in names] == ["ORG"] * len(names)


@pytest.mark.parametrize("name, sentence", [
    ("Caterpillar Inc.", "The slowdown has also led Caterpillar Inc., which sells construction equipment, to warn."),
    ("Barclays PLC", "The bank filed for bankruptcy after Barclays PLC pulled out of negotiations."),
    ("JPMorgan Chase", "JPMorgan Chase economist Masamichi Adachi said the yen would rise."),
    ("Nasdaq Composite", "The Nasdaq Composite lost 1.71% or 25.15 points, closing at 1,442.82."),
])
def test_a_legal_form_an_analyst_or_a_market_s_move_makes_a_company(name, sentence):
    assert label_of(name, sentence) == "ORG"


def test_a_company_s_name_takes_its_legal_form_after_a_comma():
    found = mentions("PACCAR, Inc., a manufacturer of large commercial trucks, says it has seen more interest.")
    assert ("PACCAR, Inc.", "ORG") in found and not any(text.startswith("Inc") for text, _ in found)


def test_an_apposed_plural_noun_of_companies_makes_each_name_a_company():
    sentence = ("Washington Mutual, and Countrywide Financial, both very large U.S. home loan lenders, saw shares "
                "fall.")
    assert label_of("Countrywide Financial", sentence) == "ORG"


@pytest.mark.parametrize("sentence, place", [
    ("Palm Beach County in Florida issued an evacuation order to some residents.", "Palm Beach County"),
    ("On Monday, a water main broke in the US city of White Plains, New York, cutting off the supply.",
     "White Plains"),
    ("The orange warning applied to County Galway and starts at 6 p.m. local time.", "County Galway"),
])
def test_a_place_s_word_or_a_known_place_after_it_makes_two_name_words_a_place(sentence, place):
    assert label_of(place, sentence) == "GPE"


def test_a_company_s_name_that_opens_two_words_makes_them_a_company():
    found = mentions("UK-based retailer Tesco announced the deal.",
                     "In the past few years, Tesco Polska has cut expenditures by streamlining its product range.")
    assert ("Tesco Polska", "ORG") in found


def test_an_acronym_before_a_place_is_an_office_of_that_body():
    assert label_of("ICE Houston", "Cortez, a 64-year-old citizen of Honduras, was arrested by ICE Houston.") == "ORG"


@pytest.mark.parametrize("name, sentence", [
    ("Walker Forge", "Walker Forge, a third-generation family-owned business in Clintonville, makes parts."),
    ("Equally American", "They worked with the organization Equally American on the case."),
])
def test_an_apposed_or_preceding_noun_of_a_business_or_an_organisation_makes_a_company(name, sentence):
    assert label_of(name, sentence) == "ORG"


def test_a_county_that_acts_is_its_government():
    sentence = "Mecklenburg County hired “equity and inclusion consultants” to address “racial disparities”."
    assert label_of("Mecklenburg County", sentence) == "ORG"
