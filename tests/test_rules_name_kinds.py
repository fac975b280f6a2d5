"""The ``rules`` model's name finder on the kinds of capitalised runs that are easy to take for a person: bodies
whose name holds "and", roles and their plurals, things named after people, places opened by "New" or "San", names
with particles, surnames that are common words, and roles written before a name.

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


def speakers(*paragraphs: str) -> list[str]:
    return [q[4] for q in quotes(*paragraphs)]


@pytest.mark.parametrize("body, sentence", [
    ("the U.S. Department of Health and Human Services",
     "Dr. Joneigh Khaldun of the U.S. Department of Health and Human Services said the agency was ready."),
    ("the National Institute of Allergy and Infectious Diseases",
     "Director Anthony Fauci of the National Institute of Allergy and Infectious Diseases announced the trial."),
    ("North Wales Fire and Rescue Service",
     "The fire spread to the roof, North Wales Fire and Rescue Service said on Sunday."),
    ("Office of Management and Budget",
     "Office of Management and Budget Director Russ Vought said the cuts were historic."),
])
def test_and_inside_a_body_s_name_keeps_the_whole_name(body, sentence):
    found = mentions(sentence)
    assert found.get(body) == "ORG"
    assert "Human Services" not in found and "Rescue Service" not in found


def test_and_between_two_whole_bodies_keeps_them_apart():
    found = mentions("The administration urged the Trump Administration and EU Commission to agree.")
    assert found.get("Trump Administration") == "ORG" and found.get("EU Commission") == "ORG"


def test_a_plural_title_is_no_person_and_the_name_after_it_speaks():
    paragraphs = ("South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, also commented on Luk's death to The "
                  "EastAfrican. She said “he was a man of peace and we will miss him.”",)
    assert "Presidents" not in mentions(*paragraphs)
    assert mentions(*paragraphs).get("Rebecca Nyandeng De Mabior") == "PERSON"
    assert speakers(*paragraphs) == ["Rebecca Nyandeng De Mabior"]


@pytest.mark.parametrize("run", ["Divisional Railway Manager", "Special Presidential Envoy", "Women Grand Masters",
                                 "Trump Derangement Syndrome", "Big Beautiful Bill"])
def test_a_role_or_a_thing_named_after_a_person_is_no_person(run):
    found = mentions(f"The {run} was in the news again on Monday, and more were expected.")
    assert found.get(run) != "PERSON"


@pytest.mark.parametrize("name", ["Bill de Blasio", "Charles de Gaulle", "Ursula von der Leyen", "Gary Player"])
def test_a_name_with_particles_or_a_role_s_word_is_a_person(name):
    assert mentions(f"On Monday {name} said the plan would go ahead.").get(name) == "PERSON"


@pytest.mark.parametrize("place", ["New Orleans", "San Leandro", "Fort Worth", "Fort Myers"])
def test_a_place_opened_by_new_san_or_fort_is_no_person(place):
    assert mentions(f"The mayor of {place} spoke on Monday.").get(place) == "GPE"


@pytest.mark.parametrize("body", ["Las Vegas Review-Journal", "Fort Worth Star-Telegram"])
def test_a_body_named_after_a_place_opened_by_new_san_or_fort_is_an_organisation(body):
    assert mentions(f"The {body} reported on Monday that the plan would go ahead.").get(body) == "ORG"


def test_a_surname_that_names_a_day_is_a_person_when_it_speaks_alone():
    paragraphs = ("Doris Day, the actress and singer, died on Monday at her home.",
                  "In a 2006 interview with magazine The Bark, Day said, “I love animals more than anything.”")
    assert mentions(*paragraphs).get("Doris Day") == "PERSON"
    assert speakers(*paragraphs) == ["Doris Day"]


@pytest.mark.parametrize("role, name", [("Broadcaster", "Piers Morgan"), ("Co-developer", "Jing Wang"),
                                        ("Presidential Historian", "Mark Updegrove")])
def test_a_role_before_a_name_is_no_part_of_the_speaker_s_name(role, name):
    paragraphs = (f"The police arrived later. {role} {name} commented, “This was a brave act by ordinary people.”",)
    assert speakers(*paragraphs) == [name]


def test_a_sentence_initial_common_word_stays_in_a_two_word_name():
    paragraphs = ("Hershey announced it will remove synthetic dyes from its snacks.",
                  "Consumer Brands announced that “the industry will move quickly to remove the dyes.”")
    assert speakers(*paragraphs)[-1] == "Consumer Brands"


def test_a_run_with_an_abstract_noun_is_a_body_not_a_person():
    found = mentions("Turkey's Disaster and Emergency Management Presidency reported the quake on Friday.",
                     "The anti-Scientology site Operation Clambake wrote that the attack failed.")
    assert "PERSON" not in found.values()
    assert found.get("Operation Clambake") == "ORG"


@pytest.mark.parametrize("sentence, name", [
    ("Red Hot Chili Peppers drummer Chad Smith was at the launch on Monday.", "Chad Smith"),
    ("Israel Folau, a rugby player, said the decision was unfair.", "Israel Folau"),
    ("Georgia Nugent, the president of the college, spoke first.", "Georgia Nugent"),
])
def test_a_place_s_name_is_a_first_name_when_the_two_words_stand_beside_a_role(sentence, name):
    assert mentions(sentence).get(name) == "PERSON"


def test_a_place_s_name_before_a_team_s_or_a_paper_s_name_stays_a_place():
    assert mentions("In the Utah Jazz game on Monday, the team won.").get("Utah") == "GPE"
    assert mentions("Greece and Cyprus met, Cyprus Mail reported.").get("Cyprus") == "GPE"


def test_a_series_named_after_a_title_is_no_person():
    found = mentions('LEGO sold sets called the "Master Builder Series". The Master Builder Series is popular.')
    assert "PERSON" not in found.values()


@pytest.mark.parametrize("sentence, body", [
    ("In predictions since the January 7 quake, the U.S. Geological Survey has said more shocks could come.",
     "U.S. Geological Survey"),
    ("The team emailed Amazon Web Services, to which on February 1 Amazon Web Services acknowledged the report.",
     "Amazon Web Services"),
])
def test_a_body_s_name_after_a_place_or_a_company_stays_whole(sentence, body):
    found = mentions(sentence)
    assert found.get(body) == "ORG"
    assert "PERSON" not in found.values()


def test_and_before_a_people_s_word_ends_a_person_s_name():
    found = mentions("House Majority Leader Steve Scalise: “Today marks 100 DAYS of President Trump and Republican "
                     "majorities in Congress.”")
    assert "Trump and Republican" not in found
    assert found.get("Trump") == "PERSON"


@pytest.mark.parametrize("speaker_phrase", [
    "Broadcaster Piers Morgan commented",
    "broadcaster Piers Morgan commented",
    "Piers Morgan, a broadcaster, commented",
    "TV Broadcaster Piers Morgan commented",
])
def test_the_speaker_s_name_does_not_depend_on_how_the_role_is_written(speaker_phrase):
    paragraphs = (f"The police arrived later. {speaker_phrase}, “This was a brave act by ordinary people.”",)
    assert speakers(*paragraphs) == ["Piers Morgan"]


@pytest.mark.parametrize("paragraphs", [
    ("“The fire spread to the roof quickly,” North Wales Fire and Rescue Service said.",),
    ("North Wales Fire and Rescue Service said: “The fire spread to the roof quickly.”",),
    ("North Wales Fire and Rescue Service said “the fire spread to the roof quickly”.",),
])
def test_a_body_with_and_in_its_name_speaks_wherever_the_quote_stands(paragraphs):
    assert speakers(*paragraphs) == ["North Wales Fire and Rescue Service"]
