"""The ``rules`` model on reports whose content is no plain "said that" clause: an object judged "as" something
("labeled Soleimani as a terrorist"), an offer or a threat with its infinitive ("offered to send …"), a challenge or a
plea to a hearer ("challenged us to …"), and a hearer of several words before the infinitive of "told".

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("In 2007, the Treasury labeled Soleimani as a terrorist.", "Soleimani as a terrorist", "labeled", "Treasury"),
    ("Quantcast ranks wikiHow as the 135th most popular site in the US.",
     "wikiHow as the 135th most popular site in the US", "ranks", "Quantcast"),
    ("The guidelines cite the 2009 H1N1 outbreak as an example of what not to do.",
     "the 2009 H1N1 outbreak as an example of what not to do", "cite", "The guidelines"),
])
def test_an_object_judged_as_something_is_reported(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2], quote[3]) == (content, "indirect", cue, speaker)


def test_a_judgement_with_a_quoted_predicate_is_mixed():
    (quote,) = quotes('Trump attacked the impeachment investigation as "Witch Hunt garbage."')
    assert quote[:4] == ('the impeachment investigation as "Witch Hunt garbage."', "mixed", "attacked", "Trump")


@pytest.mark.parametrize("sentence", [
    'The Syrian refugee team listed their country as "Hope" on the backs of their shirts.',
    "U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, Texas.",
    "He identified fellow rapper Jay-Z as his ideal running mate.",
    "Gunmen attacked the convoy as it passed through the village.",
    "The company offered a reward for information about the theft.",
    "Rebels threatened the town for several weeks.",
])
def test_a_name_a_time_or_a_thing_is_no_report(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("He threatened to withhold federal funds from districts that did not comply.",
     "to withhold federal funds from districts that did not comply", "threatened", "He"),
    ("Senator Ted Cruz proposed to set lifetime limits for service in the Senate and House.",
     "to set lifetime limits for service in the Senate and House", "proposed", "Ted Cruz"),
    ("Secretary Robert Kennedy challenged us to break down the walls between our agencies.",
     "to break down the walls between our agencies", "challenged", "Robert Kennedy"),
    ("Transport for London told morning rush-hour passengers to take a longer way around.",
     "to take a longer way around", "told", "Transport for London"),
])
def test_an_offer_a_threat_or_a_request_reports_its_infinitive(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2], quote[3]) == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence,content", [
    ("Volker told the committee he tried to work with the president's lawyer.",
     "he tried to work with the president's lawyer"),
    ("Nomura said the order favoured banks and cited SBI and ICICI Bank as its key beneficiaries.",
     "SBI and ICICI Bank as its key beneficiaries"),
])
def test_a_clause_after_the_hearer_and_a_second_judgement_keep_their_own_content(sentence, content):
    assert content in [q[0] for q in quotes(sentence)]


@pytest.mark.parametrize("sentence", [
    "Superintendent Jennifer McCormick has cited a study showing Indiana as the state with the lowest raises.",
    "Ruslan Zheldibay, the press secretary, cited him as saying that Astana viewed the plan as an opportunity.",
    "The doctors offering to operate the clinic noted findings of overcrowded conditions.",
])
def test_an_as_inside_the_object_or_an_offer_inside_a_noun_phrase_is_no_judgement(sentence):
    assert not [q for q in quotes(sentence) if q[2] in ("cited", "offering")]


@pytest.mark.parametrize("sentence,content", [
    ("Zara Kay, who identifies herself as an antithiest, had previously helped a Saudi teenager escape to Canada.",
     "herself as an antithiest"),
    ("Rajamma and her husband told me not to worry.", "not to worry"),
])
def test_a_judgement_ends_at_its_comma_and_a_negated_infinitive_keeps_its_not(sentence, content):
    assert content in [q[0] for q in quotes(sentence)]
