"""The ``rules`` model's names where their words mislead: a month that is a given name before a particle, a
region's "Inner", a place's name as a surname before "of" and a body, a body after a person's role "at", a
company after its trade's noun, "we" contracted before a word, a bare possessive as a spokesman's owner, and a
country's commercial bank that no central bank is.

Each sentence is built on the construction of a sentence of the news the model reads and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of, speaker_of


def mentions(*paragraphs: str) -> list[tuple[str, str]]:
    """(text, label) of each mention."""
    article = article_of(*paragraphs)
    return [(article.text[m.start:m.end], m.label) for m in find_mentions(Layout(article))]


@pytest.mark.parametrize("name, sentence", [
    ("Jan de Vries", "“The rate will rise,” said Jan de Vries, an economist in Amsterdam."),
    ("June van Dyke", "“We did not expect it,” said June van Dyke, who runs the shelter."),
])
def test_a_month_before_a_name_particle_opens_a_persons_name(name, sentence):
    assert (name, "PERSON") in mentions(sentence)


def test_a_month_before_a_date_stays_out_of_names():
    assert mentions("On Jan. 5 the court ruled against the plan.") == []


@pytest.mark.parametrize("sentence", [
    "Inner Mongolia reported 20 new cases on Monday, officials said.",
    "Outer Mongolia was once a province of the Qing empire.",
])
def test_inner_and_outer_open_a_regions_name(sentence):
    name = sentence.split()[0] + " Mongolia"
    assert (name, "GPE") in mentions(sentence)


def test_inner_before_a_common_word_names_no_region():
    assert ("Inner Peace", "GPE") not in mentions("Inner Peace said the band would find peace on its tour.")


@pytest.mark.parametrize("sentence", [
    "“Sales will be strong,” said Gene Munster of Piper Jaffray.",
    "Gene Munster of Piper Jaffray said sales would be strong. Munster expects more.",
])
def test_a_surname_that_is_a_places_name_stands_before_of_and_a_body(sentence):
    found = mentions(sentence)
    assert ("Gene Munster", "PERSON") in found and ("Piper Jaffray", "ORG") in found


@pytest.mark.parametrize("sentence, body", [
    ("Gene Munster, an analyst at Piper Jaffray, said sales would be strong.", "Piper Jaffray"),
    ("Anna Kovacs, a researcher at Morgan Stanley, said the market had turned.", "Morgan Stanley"),
])
def test_a_person_s_role_at_a_body_makes_it_no_place(sentence, body):
    assert (body, "ORG") in mentions(sentence)


@pytest.mark.parametrize("sentence, place", [
    ("A firefighter at San Bernardino said the fire was under control.", "San Bernardino"),
    ("A man at Ann Arbor said the roads were closed.", "Ann Arbor"),
])
def test_a_place_after_a_person_and_at_stays_a_place(sentence, place):
    assert (place, "GPE") in mentions(sentence)


@pytest.mark.parametrize("name, sentence", [
    ("NVIDIA", "Shares of the chipmaker NVIDIA fell 5 percent on Tuesday."),
    ("Nvidia", "The chipmaker Nvidia said its sales had doubled."),
    ("Novartis", "The drugmaker Novartis said the trial had failed."),
])
def test_a_trades_noun_before_one_word_makes_it_a_company(name, sentence):
    assert (name, "ORG") in mentions(sentence)


def test_we_contracted_names_no_one():
    assert ("We've", "PERSON") not in mentions("“We've said all along that it works,” Smith told reporters.")


def test_a_bare_possessive_owns_a_spokesman():
    assert speaker_of("revolution", "Steve Jobs unveiled the phone on Tuesday.",
                      "Jobs' spokesman said the device was “a revolution” for the industry.") == "Steve Jobs"


@pytest.mark.parametrize("bank", ["Bank of China", "Bank of Ireland"])
def test_a_commercial_bank_named_for_its_country_is_no_central_bank(bank):
    name = speaker_of("watching closely", f"{bank} shares fell sharply on Monday.",
                      "The central bank said it was “watching closely” as markets fell.")
    assert name != bank


def test_a_central_bank_named_for_its_country_is_still_one():
    assert speaker_of("as needed", "The Bank of Japan cut its key rate on Monday.",
                      "The central bank said it would act “as needed” to support growth.") == "Bank of Japan"


@pytest.mark.parametrize("sentence, name", [
    ("General Motors (GM) and Chrysler will receive bridge loans from the government. Chrysler will cut jobs.",
     "Chrysler"),
    ("Before he joined the board, Cook held positions at IBM and Compaq for twelve years.", "Compaq"),
    ("Qantas and BA have signed a code-share deal for flights to London.", "Qantas"),
])
def test_one_word_joined_to_a_body_by_and_is_a_body(sentence, name):
    found = mentions(sentence)
    assert all(label == "ORG" for text, label in found if text == name) and (name, "ORG") in found


@pytest.mark.parametrize("sentence, name", [
    ("Imus is survived by his wife Dierdre Coleman and their two sons Wyatt and Zachary.", "Zachary"),
    ("The Foundation for Defense of Democracies’ Nonproliferation and Biodefense Program said so.", "Nonproliferation"),
    ("James Comey testified on Thursday. The FBI and Comey disagreed about the memo.", "Comey"),
])
def test_a_person_or_a_part_of_a_bodys_name_beside_and_stays_no_body(sentence, name):
    assert (name, "ORG") not in mentions(sentence)


@pytest.mark.parametrize("sentence, body", [
    ("“It has been a wonderful year,” said Airbus President and Chief Executive Tom Enders.", "Airbus"),
    ("Steve Jobs, the Apple Chief Executive Officer, announced the phone on Tuesday.", "Apple"),
    ("The Iranian Chess Federation President announced she was banned from the team.", "Iranian Chess Federation"),
])
def test_titles_that_end_a_bodys_name_are_cut_off(sentence, body):
    assert (body, "ORG") in mentions(sentence)


@pytest.mark.parametrize("body", ["European Court of Justice", "Office of Inspector General"])
def test_a_title_after_of_stays_in_the_bodys_name(body):
    assert (body, "ORG") in mentions(f"The {body} ruled on Tuesday that the contract was void.")


@pytest.mark.parametrize("sentence, name", [
    ("The Dow Jones, was up 3.10% at 14:58 UTC, an increase of 330.89.", "Dow Jones"),
    ("The Hang Seng fell 5.5 percent, its biggest fall in years.", "Hang Seng"),
])
def test_a_name_after_a_sentences_the_that_acts_is_no_person(sentence, name):
    assert (name, "ORG") in mentions(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Boeing has reached a deal with Kremlin-owned Unified Aircraft for general co-operation.", "Unified Aircraft"),
    ("The pipeline was sold to state-owned Gazprom last year.", "Gazprom"),
    ("Washington Mutual, and Countrywide Financial, both large home loan lenders, saw shares fall.",
     "Washington Mutual"),
])
def test_an_owned_body_and_a_mutual_are_bodies(sentence, name):
    assert (name, "ORG") in mentions(sentence)


def test_a_backed_candidate_stays_a_person():
    assert ("Kari Lake", "PERSON") in mentions("Trump-backed Kari Lake lost the race for governor.")
