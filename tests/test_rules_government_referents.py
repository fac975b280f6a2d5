"""Whom "the government" speaks for (``Referents.speaker``): a country, never a city named before, and, when no
place before fits, the country of the people the text named ("Serbians protested …, the government announced");
"the commonwealth" is a place too. Passages written like the corpus's news pages, through the real segmenter."""

from __future__ import annotations

import pytest
from rules_sentences import referents, speaker_of


def test_the_government_is_no_city_named_before():
    paragraphs = ("Secret documents were found on a street in Ottawa on Monday.",
                  "The government said the documents were not particularly sensitive.")
    assert speaker_of("the documents were not", *paragraphs) != "Ottawa"


@pytest.mark.parametrize("people, country", [("Serbians", "Serbia"), ("Iranians", "Iran")])
def test_the_government_is_the_country_of_the_people_named_before_when_no_place_fits(people, country):
    paragraphs = (f"Friday night was the fourth night in a row that {people} protested in the capital.",
                  "The government said the new lockdown measures would be dropped.",
                  f"The protests were the largest in {country} for years.")
    assert speaker_of("the new lockdown measures", *paragraphs) == country


@pytest.mark.parametrize("place", ["Virginia", "Puerto Rico", "Kentucky"])
def test_the_commonwealth_is_the_place_named_before(place):
    text, resolver = referents(f"The governor of {place} resigned on Friday after weeks of protests.",
                               "The commonwealth said a new election would be held in March.")
    start = text.index("The commonwealth")
    assert resolver.speaker(start, start + len("The commonwealth")).name == place
