"""The ``rules`` model's name finder on names that the words around them show: a name before "-backed" or "-era"
ends at its hyphen ("Bernie Sanders-backed candidates"), a stance word ("Pro-Beijing") is no name, one word that
"who" follows or that a person's noun introduces is a person wherever it comes back ("Wiranto, who was visiting",
"their nine-month-old child, Gloria"), a person glued after a body ("University of Texas
Arlington Amneh Jafari") is cut off when the surname comes back alone, and a long name with "Jr." or a person's
appositive ("Jose Luis Orozco Torres, a 37-year-old citizen") is a person.

Each sentence is built on the construction of a sentence in the train or dev split, and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of


def mentions(*paragraphs: str) -> dict[str, str]:
    """Label of each mention, by its text."""
    article = article_of(*paragraphs)
    return {article.text[m.start:m.end]: m.label for m in find_mentions(Layout(article))}


@pytest.mark.parametrize("sentence, name, label", [
    ("Several Bernie Sanders-backed candidates won their primaries on Tuesday.", "Bernie Sanders", "PERSON"),
    ("The museum shows World War II-era planes and tanks.", "World War II", None),
])
def test_a_name_before_a_compound_modifier_ends_at_the_hyphen(sentence, name, label):
    found = mentions(sentence)
    assert name in found and not any(text.endswith(("-backed", "-era")) for text in found)
    if label:
        assert found[name] == label


def test_a_stance_word_is_no_name():
    found = mentions("For the Pro-Beijing camp, Elizabeth Quat of DAB was elected with a large majority.")
    assert "Pro-Beijing" not in found and found.get("Elizabeth Quat") == "PERSON"


@pytest.mark.parametrize("sentence, name", [
    ("A man stabbed the minister on Thursday. Wiranto, who was visiting the town, survived the attack.", "Wiranto"),
    ('The statement read: "Don loved and adored Deirdre, who unconditionally loved him back."', "Deirdre"),
])
def test_one_word_that_who_follows_is_a_person(sentence, name):
    assert mentions(sentence).get(name) == "PERSON"


@pytest.mark.parametrize("sentence, name", [
    ("Montalvo contacted former members of Scientology, who helped him leave the organization.", "Scientology"),
])
def test_who_after_of_goes_to_the_noun_before(sentence, name):
    assert mentions(sentence).get(name) != "PERSON"


@pytest.mark.parametrize("sentence, name, label", [
    ("President Trump repealed the Biden-era rules. President Biden had signed them.", "Biden", "PERSON"),
    ("The bill gives a tax deduction on American-made vehicles.", "American", "NORP"),
    ("Democrats refuse to back a House-passed spending bill.", "House", None),
])
def test_the_name_of_a_modifier_is_a_person_only_when_the_article_names_one(sentence, name, label):
    article = article_of(sentence)
    start = article.text.index(name + "-")
    found = {(m.start, m.end): m.label for m in find_mentions(Layout(article))}
    assert found.get((start, start + len(name))) == label


def test_a_person_glued_after_a_body_with_of_is_cut_off_when_the_surname_comes_back():
    found = mentions("Psychology major at University of Texas Arlington Amneh Jafari heard of the incident.",
                     "Jafari said she felt the boy had been treated unfairly.")
    assert found.get("Amneh Jafari") == "PERSON" and found.get("University of Texas Arlington") == "ORG"


def test_common_words_after_a_body_stay_in_its_name():
    found = mentions("It offered support for Red Hat Enterprise Linux (RHEL), a paid enterprise system.",
                     "Linux said nothing of the sort, the newsletter joked.")
    assert found.get("Enterprise Linux") != "PERSON"


@pytest.mark.parametrize("sentence, name", [
    ("Jose Luis Orozco Torres, a 37-year-old citizen of Mexico, was arrested by officers in Texas.",
     "Jose Luis Orozco Torres"),
    ("John James Conyers Jr., first elected to Congress in 1964, was born in Detroit.", "John James Conyers Jr."),
    ("Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of mourning.",
     "Sayyid Ali Hosseini Khamenei"),
])
def test_a_long_name_with_a_generation_or_a_person_s_appositive_is_a_person(sentence, name):
    assert mentions(sentence).get(name) == "PERSON"


def test_a_name_the_text_introduces_as_a_person_s_is_a_person_wherever_it_comes_back():
    article = article_of("Their daughter, Gloria, developed severe eczema at the age of four months.",
                         "By the end, Gloria spent most nights awake, the prosecutor said.")
    found = [(article.text[m.start:m.end], m.label) for m in find_mentions(Layout(article))]
    assert found.count(("Gloria", "PERSON")) == 2


def test_a_sign_after_a_person_s_noun_is_no_name():
    assert "&" not in mentions("The order will empower parents, teachers & students to decide, parents, & this is right.")


@pytest.mark.parametrize("sentence, acronym", [
    ("The campaign posted AI-generated images of the senator on Tuesday.", "AI"),
    ("Growth in GDP slowed to 1.2 percent, the ministry said.", "GDP"),
    ("The samples held DNA from at least two people, the police said.", "DNA"),
])
def test_an_acronym_of_a_common_noun_is_no_name(sentence, acronym):
    assert acronym not in mentions(sentence)


def test_an_unknown_acronym_is_still_an_organisation():
    assert mentions("The report was published by the ONDCP on Monday.").get("ONDCP") == "ORG"
