"""The ``rules`` model on a speaker whose name sits inside a larger phrase: people "from", "within" or "in" a body or
a place, two bodies after one link, "X and others in" a body, a person's role or group owned by a name, and a body
a person's name modifies. The phrase is the speaker, named by its own words, not the name inside it. Sentences are
written like news text.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_entities import find_mentions
from newsquotes.models.rules_text import Layout
from rules_sentences import article_of, quotes


@pytest.mark.parametrize("paragraphs,speaker", [
    (("In findings published on Wednesday in Science Advances, researchers from the Georgia Institute of Technology "
      "(GT) and University of South Carolina Beaufort, both in the United States, reported warming seas appear to "
      "harm reef fish.",),
     "researchers from the Georgia Institute of Technology (GT) and University of South Carolina Beaufort"),
    (("Protests have been taking place since Tuesday. According to reports, criticism within Serbia has said cases "
      "rose because the president eased lockdown measures.",), "criticism within Serbia"),
    (("Two police officers were killed in the raid. A source within the central Interior Ministry reportedly said "
      "the death toll was far higher.",), "A source within the central Interior Ministry"),
    (("Trump has not conceded. Biden and others in the Democratic Party warned the delayed transition could harm "
      "national security.",), "Biden and others in the Democratic Party"),
])
def test_people_of_a_body_or_place_are_the_speaker_not_the_body(paragraphs, speaker):
    assert quotes(*paragraphs)[-1][3:] == (speaker, speaker)


def test_a_quoted_group_of_a_place_is_the_speaker_of_a_nested_quotation():
    found = quotes("She thanked her supporters, further remarking, \"Women in Nevada have said, 'It's time to do "
                   "away with the patriarchy.'\"")
    assert found[-1][3:] == ("Women in Nevada", "Women in Nevada")


def test_a_body_named_before_a_place_is_not_a_group_of_that_place():
    found = quotes("Netanyahu called on Italy to join the project. In Cyprus, the ruling Democratic Rally in Cyprus "
                   "hailed the pipeline as an advancement in the nation's sovereignty.")
    assert found[-1][3] != "the ruling Democratic Rally in Cyprus"


@pytest.mark.parametrize("sentence,speaker", [
    ("The toll was far higher, according to sources within the Democratic Party.",
     "sources within the Democratic Party"),
    ("According to a spokesperson for Stagecoach South, the driver was not injured.",
     "a spokesperson for Stagecoach South"),
    ("Boris Johnson asked the Queen to suspend Parliament. According to Johnson's critics, this is a ploy to force a "
     "no-deal Brexit.", "Johnson's critics"),
])
def test_a_source_of_people_a_name_places_or_owns_is_named_by_its_own_words(sentence, speaker):
    assert quotes(sentence)[-1][3:] == (speaker, speaker)


@pytest.mark.parametrize("sentence,speaker,name", [
    ("According to a report from Reuters, the talks failed.", "Reuters", "Reuters"),
    ("According to Ivan Petrov of the Interior Ministry, the death toll was far higher.", "Ivan Petrov", "Ivan Petrov"),
])
def test_a_document_of_a_body_and_a_person_of_a_body_keep_their_names(sentence, speaker, name):
    assert quotes(sentence)[-1][3:] == (speaker, name)


def test_a_body_a_persons_name_modifies_speaks_an_uncued_quotation():
    found = quotes("Joe Biden held a town hall instead. The Biden campaign criticized Trump's refusal to debate "
                   "virtually, accusing the president of \"not wanting to face questions from the voters.\"")
    assert found[-1][3:] == ("The Biden campaign", "The Biden campaign")


@pytest.mark.parametrize("sentence,speaker,name", [
    ("\"Dealers are hurting and in danger of going out of business anyway,\" said GM's sales, service, and marketing "
     "vice president in a telephone conference.", "GM's sales, service, and marketing vice president",
     "GM's sales, service, and marketing vice president"),
    ("\"We will grow the business,\" said The We Company’s executive chair Marcelo Claure.", "Marcelo Claure",
     "Marcelo Claure"),
])
def test_a_role_a_body_owns_after_an_inverted_verb_is_the_speaker(sentence, speaker, name):
    assert quotes(sentence)[-1][3:] == (speaker, name)


def test_sources_that_open_a_sentence_before_a_link_are_the_speaker():
    found = quotes("Hickenlooper had trouble raising money. Sources within the Democratic Party have indicated "
                   "Hickenlooper was actively encouraged to drop out.")
    assert found[-1][3:] == ("Sources within the Democratic Party", "Sources within the Democratic Party")


def test_a_body_named_of_an_organisation_is_no_name_of_that_organisation():
    article = article_of("The Office of the UN High Commissioner for Human Rights called for an inquiry.",
                         "Saudi Arabia denied the claims, however, a UN report concluded evidence supported the murder.")
    names = {article.text[m.start:m.end]: m.name for m in find_mentions(Layout(article)) if m.label == "ORG"}
    assert names["UN"] == "UN"


@pytest.mark.parametrize("sentence,speaker", [
    ("As a result of Saturday's unrest, according to a report citing the mayor's office, twenty people were arrested.",
     "the mayor's office"),
    ("According to Reuters citing two diplomats, the talks failed.", "two diplomats"),
])
def test_a_source_that_cites_another_gives_way_to_the_one_it_cites(sentence, speaker):
    assert quotes(sentence)[-1][3:] == (speaker, speaker)


def test_a_reason_a_source_cites_is_no_source():
    found = quotes("The flight was cancelled, according to a statement citing security concerns.")
    assert found[-1][3] == "a statement citing security concerns"


def test_reports_citing_a_source_before_the_verb_give_way_to_the_source():
    found = quotes("Hickenlooper had trouble raising money. Reports citing sources within the Democratic Party have "
                   "indicated Hickenlooper was actively encouraged to drop out.")
    assert found[-1][3:] == ("sources within the Democratic Party", "sources within the Democratic Party")


@pytest.mark.parametrize("sentence,speaker", [
    ("Gas prices fell again this week. Citing price declines in nearly every state, analysts said the national "
     "average would keep falling.", "analysts"),
    ("Gas prices fell again this week. Reuters, citing price declines in nearly every state, said the national "
     "average would keep falling.", "Reuters"),
])
def test_a_reason_cited_before_the_verb_is_no_source(sentence, speaker):
    assert quotes(sentence)[-1][3] == speaker


def test_two_bodies_after_one_link_even_when_the_second_reads_as_a_persons_name():
    found = quotes("In findings published on Wednesday in PLoS One, scientists from the University of Bristol and UC "
                   "Davis say zebras may have gotten their stripes to confuse parasites.")
    assert found[-1][3:] == ("scientists from the University of Bristol and UC Davis",
                             "scientists from the University of Bristol and UC Davis")


def test_a_participles_phrase_before_the_speakers_is_no_head_of_theirs():
    found = quotes("The account for The Bernie and Sid Show, which replaced Imus in the Morning, hosted by Bernard "
                   "McGuirk and Sid Rosenberg, who both worked for Imus, tweeted: \"We salute you.\"")
    assert not found[-1][3].startswith("hosted")
