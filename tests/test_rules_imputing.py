"""The ``rules`` model on verbs that impute a deed or a likeness to their object: "accused X of <gerund>", "blame X
for <gerund>" or "on" a cause, "credits X with <gerund>", "likened X to Y" report the object and what follows; with a
noun phrase only after "of", "for" or "with" they report nothing (labeling/GUIDELINES.md, "Reports and their
content"). Also the speaker of such a report when its subject is a description written before a name elsewhere, or
a body named after a person ("The Biden campaign", "Walker supporters"); and projections or assessments that show or indicate a clause,
as documents do.

Each sentence is built on the construction of a sentence in the train, dev or study text and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,kind,cue,speaker", [
    ("The state's attorney general accused the company of hiding losses from its investors.",
     "the company of hiding losses from its investors", "indirect", "accused", "The state's attorney general"),
    ("Environmental groups blame the governor for encouraging ranchers to clear the forest.",
     "the governor for encouraging ranchers to clear the forest", "indirect", "blame", "Environmental groups"),
    ("While many factors link the markets, traders blame the slide on fears of a slowdown in China.",
     "the slide on fears of a slowdown in China", "indirect", "blame", "traders"),
    ("Maria Lopez, the plant's manager, credits the new rules with bringing jobs back to the town.",
     "the new rules with bringing jobs back to the town", "indirect", "credits", "Maria Lopez"),
    ("Guitarist Tom Reyes likened his first concert to a trip to the moon.",
     "his first concert to a trip to the moon", "indirect", "likened", "Tom Reyes"),
    ('The next day the senator accused his rival of "running away from the voters" on the budget.',
     'his rival of "running away from the voters" on the budget', "mixed", "accused", "the senator"),
])
def test_an_imputed_deed_or_likeness_is_reported(sentence, content, kind, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, kind, cue, speaker)


@pytest.mark.parametrize("sentence", [
    "The second article accused him of obstruction of Congress.",
    "The United States was more forceful in blaming Iran for the attack.",
    "He was accused of defrauding clients in California.",
    "She blamed the weather on Monday for the delays.",
    "The prosecutor credited the witness with a clear memory.",
])
def test_an_imputed_noun_phrase_or_a_passive_without_source_is_no_report(sentence):
    assert quotes(sentence) == []


def test_a_description_written_before_a_name_elsewhere_names_the_speaker():
    found = quotes("Russia’s ambassador to France accused the two governments of meddling in the region’s affairs.",
                   "Russia’s ambassador to France Pavel Orlov has said that Moscow will not back down.")
    assert found[0][:4] == ("the two governments of meddling in the region’s affairs", "indirect", "accused",
                            "Russia’s ambassador to France")
    assert found[0][4] == "Pavel Orlov"


@pytest.mark.parametrize("group", ["The Walker campaign", "The Walker team", "Walker supporters"])
def test_a_body_named_after_a_person_is_the_subject_of_a_participle(group):
    found = quotes("Jane Walker is the nominee.",
                   f"{group} criticized the mayor's refusal to debate, accusing the mayor of hiding from the voters.")
    assert found[0][:4] == ("the mayor of hiding from the voters", "indirect", "accusing", group)


@pytest.mark.parametrize("sentence,content,speaker", [
    ("Their projections showed that by 2030 the company would hold a fifth of the market.",
     "by 2030 the company would hold a fifth of the market", "Their projections"),
    ("Initial damage assessments indicate that both bridges sustained severe damage.",
     "both bridges sustained severe damage", "Initial damage assessments"),
])
def test_projections_and_assessments_are_documents_that_report(sentence, content, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[3]) == (content, speaker)
