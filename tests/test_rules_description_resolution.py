"""The ``rules`` model's resolver of a definite description as speaker (``Referents.speaker``) on passages built on
the construction of train and dev sentences, through the real segmenter as in a built corpus.
"""

from __future__ import annotations

from newsquotes.models.rules_description_heads import place_fits
from rules_sentences import referents


def resolved(description: str, after: str, *paragraphs: str) -> str | None:
    """Whom the resolver takes ``description`` for where it first follows ``after`` in the passage."""
    text, resolver = referents(*paragraphs)
    start = text.index(description, text.index(after) + len(after))
    return resolver.speaker(start, start + len(description)).name


def test_the_city_is_the_city_named_not_the_country_named_after_it():
    paragraphs = ("Taipei, Taiwan — The Taipei Lantern Festival opened on Saturday.",
                  "Visitors came from Japan and Malaysia to see the lanterns given away by the city.")
    assert resolved("the city", "given away by", *paragraphs) == "Taipei"


def test_the_country_is_a_country_not_the_capital_named_last():
    paragraphs = ("The robotics team from Afghanistan was twice denied visas to enter the United States.",
                  "The girls travelled from Herat to Kabul. Officials asked for help to let them enter the country.")
    assert resolved("the country", "let them enter", *paragraphs) == "United States"


def test_the_state_is_a_state_not_the_country_named_last():
    paragraphs = ("Robert Sarvis is running for governor of Virginia.",
                  "He favours reform of the state tax code and US gun rights, and said the state must change.")
    assert resolved("the state", "and said", *paragraphs) == "Virginia"


def test_a_description_set_beside_a_name_is_that_name():
    paragraphs = ("Mark Hamill made his last convention appearance in Toronto.",
                  "Hamill's schedule included a panel with Kevin Conroy, the voice of Batman in the animated series.")
    assert resolved("the voice", "Conroy,", *paragraphs) == "Kevin Conroy"


def test_a_description_that_opens_a_report_after_a_name_is_not_that_name():
    paragraphs = ("Apple bought the headphone maker Beats, the company said on Wednesday.",)
    assert resolved("the company", "Beats,", *paragraphs) != "Beats"


def test_a_description_whose_head_ends_a_name_is_that_body():
    paragraphs = ("The Andy Warhol Foundation for the Visual Arts made two donations to the university.",
                  "Kathryn Waters expressed interest in further donations from the foundation in the future.")
    assert resolved("the foundation", "donations from", *paragraphs) == "Andy Warhol Foundation for the Visual Arts"


def test_a_description_whose_head_ends_the_one_such_name_is_that_body_however_far_back():
    paragraphs = ("Crowds gathered at the Chiang Kai Shek Memorial in Taipei to watch the festival open.",
                  "The lanterns are shaped like rabbits this year.", "Musicians from Japan played rock music.",
                  "Tourists came from Malaysia and Singapore.", "Vendors sold snacks and light toys.",
                  "Colourful scenes fill the square and the grounds around the memorial.")
    assert resolved("the memorial", "grounds around", *paragraphs) == "Chiang Kai Shek Memorial"


def test_a_far_head_that_ends_two_names_is_neither():
    paragraphs = ("The Lincoln Memorial and the Jefferson Memorial drew crowds.", "It rained.", "It snowed.",
                  "Shops closed.", "Crowds thinned.", "Lights shone on the memorial at night.")
    assert resolved("the memorial", "shone on", *paragraphs) not in ("Lincoln Memorial", "Jefferson Memorial")


def test_a_description_is_not_a_body_whose_name_only_begins_with_its_head():
    paragraphs = ("The Flag Consideration Project asked New Zealanders to suggest designs.",
                  "Many wanted a unique flag, and the flag drew ten thousand entries.")
    assert resolved("the flag", "and", *paragraphs) != "Flag Consideration Project"


def test_places_fit_heads_by_kind():
    assert place_fits("country", "U.S.") and not place_fits("country", "Kabul")
    assert place_fits("city", "Livorno") and not place_fits("city", "Malaysia")
    assert place_fits("state", "Virginia") and not place_fits("state", "US")


def test_the_company_is_the_business_named_in_its_own_sentence_over_one_described_before():
    paragraphs = ("NPD said Apple's iTunes store passes U.S. electronics retailer Best Buy as a music seller.",
                  "According to a report in Ars Technica, an internal memo at Apple showed the company passed Wal-Mart.")
    assert resolved("the company", "memo at Apple showed", *paragraphs) == "Apple"
    assert place_fits("country", "Freedonia") and not place_fits("state", "Kabul")


def test_the_company_is_the_first_business_of_its_own_sentence():
    paragraphs = ("In a Wednesday media event, Apple Inc. released laptops with chips from Intel Corp. and the 2011 "
                  "version of the company's iLife software suite.",)
    assert resolved("the company", "version of", *paragraphs) == "Apple Inc."


def test_a_body_named_before_an_alliance_head_is_that_body():
    paragraphs = ("Gorbachev agreed to a remarkable concession: he agreed to let a united Germany join the NATO "
                  "military alliance.",)
    assert resolved("the NATO military alliance", "Germany join", *paragraphs) == "NATO"
