"""The ``rules`` model on a reporting verb in an infinitive that completes what the sentence's subject did: "The
senator has recently tried to suggest that …" and "Astronomers used the orbit of the star to conclude …" report
their subject's words; a refusal, a plan, an expectation, a modal, the writer's "it is … to note" and a verb that
takes a thing report nothing.

Each sentence is built on the construction of a sentence in the train or study text and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("The governor has recently tried to suggest that he barely knows the donor.",
     "he barely knows the donor", "suggest", "The governor"),
    ("Astronomers used the orbit of the star to conclude the object had a mass of at least five suns.",
     "the object had a mass of at least five suns", "conclude", "Astronomers"),
    ("Lancashire police were able to determine the van had come from the airfield.",
     "the van had come from the airfield", "determine", "Lancashire police"),
    ("Theresa May has recently tried to suggest that she barely knows the donor.",
     "she barely knows the donor", "suggest", "Theresa May"),
])
def test_an_infinitive_report_is_its_sentence_subjects(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


@pytest.mark.parametrize("sentence", [
    "The senator declined to say whether the election had been stolen.",
    "The company is expected to announce it will cut 5,000 jobs.",
    "The minister plans to reveal the budget had a deficit of $2 billion.",
    "This is said to be due to the delays, though it is interesting to note that the chipmaker has recently added "
    "new features.",
    "The band asked him to write songs he would mail to the studio.",
])
def test_an_infinitive_of_what_was_not_said_reports_nothing(sentence):
    assert not [q for q in quotes(sentence) if q[2] in ("say", "announce", "reveal", "note", "write")]


@pytest.mark.parametrize("paragraphs,content,speaker", [
    (("Prime Minister Theresa May met the party's donors on Monday.",
      "May has recently tried to suggest that she barely knows the donor."), "she barely knows the donor", "May"),
    (("Will Smith has recently tried to suggest that he barely knows the producer.",),
     "he barely knows the producer", "Will Smith"),
    (("In May, astronomers used the orbit of the star to conclude the object had a mass of at least five suns.",),
     "the object had a mass of at least five suns", "astronomers"),
])
def test_a_name_or_a_time_opening_the_sentence_is_no_modal(paragraphs, content, speaker):
    """"May tried to …" and "Will Smith …" open with a name, "In May, …" with a time: no modal leaves the report
    unmade."""
    (quote,) = quotes(*paragraphs)
    assert quote[:4] == (content, "indirect", "suggest" if "suggest" in paragraphs[-1] else "conclude", speaker)


@pytest.mark.parametrize("sentence", [
    "May I ask the senator to say whether the election had been stolen?",
    "In June, the senator would not say whether the election had been stolen.",
    "In June, the senator declined to say whether the election had been stolen.",
])
def test_a_modal_or_refusal_after_an_opening_phrase_still_reports_nothing(sentence):
    assert not [q for q in quotes(sentence) if q[2] == "say"]
