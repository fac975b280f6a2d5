"""The ``rules`` model's name finder: capitalised words that are no person's name, and names of bodies and roles
that hold "and" or a plural possessive.

Each sentence is built on the construction of a sentence in the train or dev split, or of a news page outside the
gold, and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of, quotes


def mentions(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(text, label, canonical name) of each mention."""
    article = article_of(*paragraphs)
    return [(article.text[m.start:m.end], m.label, m.name) for m in find_mentions(Layout(article))]


def persons(*paragraphs: str) -> set[str]:
    return {name for _, label, name in mentions(*paragraphs) if label == "PERSON"}


@pytest.mark.parametrize("heading", ["Policy Shortcomings", "Reaching Riverwood", "Future Prospects"])
def test_a_heading_in_title_case_is_no_person_and_no_speaker(heading):
    paragraphs = ("“Intact forest loss has been lower on these lands,” said John Fa, a professor at the university.",
                  heading,
                  "“We find that top-down governance often fails to recognize local interests and the rights of "
                  "local communities, and the prospects are poor,” he said.")
    assert persons(*paragraphs) == {"John Fa"}
    assert [q[4] for q in quotes(*paragraphs)] == ["John Fa", "John Fa"]


def test_a_heading_made_of_a_name_stays_a_person():
    assert persons("Erin Spiceland", "My career has been a winding road through periods of misery.") == {
        "Erin Spiceland"}


def test_a_run_of_words_the_article_writes_in_lower_case_is_no_person():
    paragraphs = ("The bill is big and beautiful, the senator said.",
                  "Big Beautiful Bill will cut taxes for workers, said Ann Lee.")
    assert persons(*paragraphs) == {"Ann Lee"}


@pytest.mark.parametrize("paragraph,thing", [
    ("After a plan failed to pass the Senate this week, the White House has said that it is considering other "
     "funds.", "White House"),
    ("Perhaps no variety of wine is as famous as the Frühburgunder Forum, a tasting held every year.",
     "Frühburgunder Forum"),
])
def test_a_name_after_the_is_no_person(paragraph, thing):
    assert (thing, "ORG", thing) in mentions(paragraph)


def test_a_word_of_a_thing_after_the_is_no_person_for_a_name_that_holds_it():
    found = mentions("The region now hosts a biennial Frühburgunder Forum to educate the public.",
                     "Perhaps no variety is as famous as the Frühburgunder, an early-ripening mutation.",
                     "Kreuzberg began replanting Frühburgunder in 1981.")
    assert not any(text == "Frühburgunder" and label == "PERSON" for text, label, _ in found)


@pytest.mark.parametrize("paragraph,body", [
    ("He died early yesterday morning, according to the Catholic Bishops' Conference of the Philippines (CBCP).",
     "Catholic Bishops' Conference of the Philippines"),
    ("But a spokesperson for the Universities and Colleges Employers’ Association (UCEA) said its members had been "
     "reducing the number of zero-hours contracts.", "Universities and Colleges Employers’ Association"),
])
def test_a_body_name_holds_and_and_a_plural_possessive(paragraph, body):
    assert (body, "ORG", body) in mentions(paragraph)


@pytest.mark.parametrize("paragraph,name", [
    ("President Trump, Vice President JD Vance, Secretary of Health and Human Services Robert F. Kennedy, Jr., and "
     "Director of National Intelligence Tulsi Gabbard attended.", "Robert F. Kennedy"),
    ("In today’s paper, White House Senior Counselor for Trade and Manufacturing Peter Navarro outlined why tariffs "
     "matter.", "Peter Navarro"),
])
def test_a_role_names_its_portfolio_with_and(paragraph, name):
    found = persons(paragraph)
    assert name in found
    assert not any("Services" in p or "Manufacturing" in p for p in found)


def test_a_role_with_and_between_two_people_keeps_both():
    found = persons("Secretary of State Marco Rubio and Defense Secretary Pete Hegseth met the envoy.")
    assert {"Marco Rubio", "Pete Hegseth"} <= found


def test_the_first_word_of_an_organisations_longer_name_is_that_organisation():
    found = mentions("In addition, Chrysler will cut the Chrysler Aspen, PT Cruiser, and Durango from production.")
    assert ("Chrysler", "ORG", "Chrysler") in found


@pytest.mark.parametrize("first", ["Chad", "Jordan", "Georgia"])
def test_a_first_name_that_is_also_a_country_is_a_persons(first):
    paragraphs = (f"{first} Smith joined the band in 1988.",
                  "“We play for the fans,” Smith said.")
    found = mentions(*paragraphs)
    assert (f"{first} Smith", "PERSON", f"{first} Smith") in found
    assert [q[4] for q in quotes(*paragraphs)] == [f"{first} Smith"]


def test_a_thing_of_a_place_stays_a_thing():
    found = mentions("Britain supplied British Storm Shadow missiles to Kyiv.")
    assert ("British", "NORP", "British") in found


def test_a_title_case_headline_holds_no_person_that_the_article_does_not_name_again():
    paragraphs = ("Health Care Provider Puts Stop To Trans Surgeries On Kids (Daily Wire): “Kaiser Permanente "
                  "confirmed that it was pausing the surgeries,” the paper reported.",
                  "Kaiser Permanente Chief Greg Adams said the decision followed a review.")
    found = persons(*paragraphs)
    assert "Trans Surgeries" not in found and "Greg Adams" in found


def test_a_name_after_an_acronym_after_the_stays_a_person():
    assert "Nikki Haley" in persons("Former U.S. Ambassador to the UN Nikki Haley: “After two long years, we can "
                                    "finally breathe a sigh of relief.”")


@pytest.mark.parametrize("paragraphs,name", [
    (("Interior minister Joachim Brudziński visited the border post on Monday.",
      "Brudzinski said the fence would be finished by the end of the year."), "Joachim Brudziński"),
    (("Mayor Bill de Blasio announced the plan at City Hall.",
      "De Blasio said the city would hire 500 new teachers."), "Bill de Blasio"),
])
def test_a_short_name_written_without_accents_or_with_a_capital_is_the_fuller_name(paragraphs, name):
    assert persons(*paragraphs) == {name}


@pytest.mark.parametrize("title", ["Interdiction Coordinator", "Border Czar", "Community Liaison"])
def test_an_office_title_before_a_name_is_no_part_of_it(title):
    found = mentions(f"“These seizures save lives,” said U.S. {title} Maria Alvarez at the ceremony.")
    assert ("Maria Alvarez", "PERSON", "Maria Alvarez") in found and not any(title in text for text, _, _ in found)
