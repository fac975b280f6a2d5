"""The ``rules`` model on reports that cannot be what was said: words with no verb after an inverted "…, said",
the speaker itself ("said Lt. Matt Harris, the department's spokesman") or an adjunct; and "to" before a thing, a
noun read as a verb ("law and order as officers bring safety to our communities") or a plea ("pleaded guilty to
each crime"), after a content noun too ("its promise to every family") and inside a quotation ("ask anyone close
to her"). Beside them, reports of the same shape are kept.

Each sentence is built on the construction of a sentence in the study half or the dev split and goes through the
real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence", [
    "Officers later arrested Jane A. Doe, 32, of 1119 Eighth St., after locating methamphetamine in her car, said "
    "Lt. Matt Harris, Columbus Police Department spokesman.",
    "Smith was known for telling others he was in charge despite being the envoy in Brussels, said another witness "
    "in the inquiry, former adviser Fiona Hill.",
])
def test_the_speaker_after_an_inverted_said_is_no_quote(sentence):
    assert not any(q[0].startswith(("Lt. Matt Harris", "another witness")) for q in quotes(sentence))


@pytest.mark.parametrize("sentence,content,speaker", [
    ("The plant will close, said the company.", "The plant will close", "the company"),
    ("The attack, the army said, hit a school.", "hit a school", "the army"),
    ("Officials said the bridge would reopen.", "the bridge would reopen", "Officials"),
])
def test_a_report_after_said_with_a_verb_is_kept(sentence, content, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2], quote[3]) == (content, "indirect", "said", speaker)


@pytest.mark.parametrize("sentence", [
    "The department celebrated its success restoring law and order as officers bring safety to our communities.",
    "McArthur pleaded guilty to each crime at the Superior Court.",
    "Zhukovskyy pleaded not guilty on Tuesday to seven counts of negligent homicide.",
])
def test_to_and_a_thing_is_no_request(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content,cue", [
    ("The mayor urged residents to leave their homes.", "to leave their homes", "urged"),
    ("Residents pleaded with officials to reopen the road.", "to reopen the road", "pleaded"),
])
def test_a_request_with_its_infinitive_is_kept(sentence, content, cue):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2]) == (content, "indirect", cue)


@pytest.mark.parametrize("sentence", [
    "The party has kept its promise to every family in the district.",
    "Ms. Ortiz made good on her pledge to each of the workers.",
])
def test_to_and_a_thing_after_a_content_noun_is_no_promise(sentence):
    assert quotes(sentence) == []


def test_to_and_a_thing_inside_a_quotation_is_no_report_of_its_own():
    found = quotes('Her son Tom Reyes said in a statement, "She was a painter and a teacher. She was 90 years old, but '
                   'ask anyone close to her, and they would tell you, she was the youngest person they knew, the '
                   'kindest, and most modern."')
    assert [q[1] for q in found] == ["direct"]
