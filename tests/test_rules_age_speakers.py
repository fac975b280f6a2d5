"""A person named by their age ("The 56-year-old said …") is a speaker, who stands for the person named before."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraphs, content, speaker, name", [
    (["Carla Mendes agreed a three-year deal with the club on Tuesday.",
      "The 48-year-old said after the signing: “I am proud to be joining a club with such loyal supporters.”"],
     "I am proud to be joining a club with such loyal supporters.", "The 48-year-old", "Carla Mendes"),
    (["Tomas Berg was hurt when the scaffolding gave way.",
      "The 34-year-old told investigators he had checked the bolts that morning."],
     "he had checked the bolts that morning", "The 34-year-old", "Tomas Berg"),
    (["Mia Hale finished the marathon in under three hours.",
      "The twenty-five-year-old told reporters she had trained for the race all winter."],
     "she had trained for the race all winter", "The twenty-five-year-old", "Mia Hale"),
])
def test_the_age_stands_for_the_person(paragraphs, content, speaker, name):
    found = [q for q in quotes(*paragraphs) if q[0] == content]
    assert found and found[0][3:] == (speaker, name), quotes(*paragraphs)
