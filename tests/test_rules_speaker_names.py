"""The ``rules`` model on whose name a report takes: names cut or widened, a medium or a body of the person's
role taken for the person, and the subject of a participle after a verb's object or before the main clause.

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of, quotes


def mentions(*paragraphs: str) -> list[tuple[str, str]]:
    article = article_of(*paragraphs)
    return [(article.text[m.start:m.end], m.label) for m in find_mentions(Layout(article))]


# ---------------------------------------------------------------------- where a name begins and ends


def test_an_irish_o_with_a_space_after_its_apostrophe_stays_in_the_name():
    sentence = ("Ryanair CEO, Michael O' Leary, justified his choice by saying, \"The new aircraft has the best "
                "technical reliability of any plane.\"")
    assert ("Michael O' Leary", "PERSON") in mentions(sentence)
    assert [q[3] for q in quotes(sentence)] == ["Michael O' Leary"]


def test_the_place_a_body_is_based_in_is_no_part_of_its_name():
    assert ("Whirlpool", "ORG") in mentions(
        "Michigan-based Whirlpool, which assembles most of its appliances at home, says its rivals had an advantage.")


def test_a_project_on_a_topic_is_one_body():
    sentence = ("The activist organization the Project on Government Oversight has called it \"a textbook case of "
                "favoritism to a single defense contractor.\"")
    assert ("Project on Government Oversight", "ORG") in mentions(sentence)
    assert [q[3] for q in quotes(sentence)] == ["Project on Government Oversight"]


def test_a_plural_and_a_name_ending_in_an_abstract_noun_are_one_body():
    assert ("Customs and Border Protection", "ORG") in mentions(
        "According to newly released data from Customs and Border Protection (CBP), just 61,465 illegal aliens "
        "were apprehended at the southern border in January.")


@pytest.mark.parametrize("name", ["Amnesty International", "PA Media"])
def test_a_name_ending_in_international_or_media_is_a_body(name):
    assert (name, "ORG") in mentions(f"The statement was shared by {name} on Friday evening.")


def test_a_country_acronym_in_a_partys_name_stays_the_country():
    labels = dict(mentions("There were no Change UK candidates elected on Thursday.",
                           "Election implications regarding the UK's efforts were described by Johnson as a "
                           "\"historic mandate\", saying he intends to leave the EU by the end of January."))
    assert labels["UK"] == "GPE"


# ---------------------------------------------------------------------- the person, not the body or the medium


def test_a_person_of_a_body_named_with_its_owner_speaks():
    sentence = ("Lead author Sally Wasef of Australia's Griffith University explained to the press, \"The ibis was "
                "considered to represent the god Thoth.\"")
    assert [q[3] for q in quotes(sentence)] == ["Sally Wasef"]


def test_a_contributor_to_a_medium_speaks_not_the_medium():
    sentence = ("Jennifer Daskal of American University and contributor to Slate wrote, \"A single EU country "
                "could demand an online provider take down an objectionable post.\"")
    assert [q[3] for q in quotes(sentence)] == ["Jennifer Daskal"]


def test_a_participle_after_a_verbs_object_takes_the_sentences_subject():
    sentence = ("Having won multiple tournaments as a kid, IM Dorsa Derakhshani decided not to play for the Iranian "
                "Chess Federation saying \"it wasn't a good fit\" for her.")
    assert [q[3] for q in quotes(sentence)] == ["IM Dorsa Derakhshani"]


def test_a_medium_a_report_is_given_for_is_no_speaker():
    sentence = ("An eyewitness described for news agency PA Media how the attack unfolded, stating, \"I was "
                "crossing the road when I saw a man being chased by a police officer.\"")
    assert "PA Media" not in [q[3] for q in quotes(sentence)]


def test_a_participle_opening_the_sentence_takes_the_main_clauses_subject():
    sentence = ("Saying \"there are many abortions despite the criminal threat,\" President Fernández elaborated, "
                "\"A state that is present must protect citizens in general.\"")
    assert {q[4] for q in quotes(sentence)} == {"Fernández"}


def test_a_state_after_a_town_stays_in_the_source():
    sentence = ("According to police in Baytown, Texas, Zhukovskyy has been involved in traffic collisions "
                "before.")
    assert quotes(sentence)[0][3] == "police in Baytown, Texas"


# ---------------------------------------------------------------------- a document and its owner


@pytest.mark.parametrize("sentence,speaker", [
    ("Yesterday, former United States Senator Kay Hagan died, according to a statement released by her family.",
     "a statement released by her family"),
    ("According to a statement released by Erdogan's office, \"neutralizing the threat\" is an aim of the "
     "operation.", "a statement released by Erdogan's office"),
])
def test_a_document_released_by_its_owner_keeps_the_owner(sentence, speaker):
    assert quotes(sentence)[0][3] == speaker


def test_a_document_by_its_author_after_a_quotation_names_the_author():
    sentence = ("\"The airline transports weapons and fighters across the Middle East,\" according to a tweet on "
                "Monday by US Secretary of State Mike Pompeo.")
    assert quotes(sentence)[0][4] == "Mike Pompeo"
