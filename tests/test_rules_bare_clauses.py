"""The ``rules`` model on forms that are as often nouns ("claims", "report", "states") reporting a clause with no
"that": "The state government claims the company dumped waste …" reports ``the company dumped waste …``; a noun
compound ("Insurance claims the company paid out rose …") or a noun before its own verb ("Early reports suggested
…", "Member states met …") reports nothing by that form. An aside between commas may stand before "that" ("The book
alleges, among other things, that …").

Each sentence is built on the construction of a sentence in the train, dev or study text and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("The state government claims the company dumped waste into the river for a decade.",
     "the company dumped waste into the river for a decade", "claims", "The state government"),
    ("In findings published on Monday in the journal Nature, a team of researchers report two neutron stars collided "
     "about 130 million years ago.", "two neutron stars collided about 130 million years ago", "report",
     "a team of researchers"),
    ("He suffered injuries to the face that the victim claims left him with a broken nose and two cracked ribs.",
     "left him with a broken nose and two cracked ribs", "claims", "the victim"),
    ("The book alleges, among other things, that the senator hid his losses from investors for two years.",
     "the senator hid his losses from investors for two years", "alleges", "The book"),
    ("The state government claims Beijing supplied the parts to the firm for a decade.",
     "Beijing supplied the parts to the firm for a decade", "claims", "The state government"),
    ("The state government claims Kelly supplied the parts to the firm for a decade.",
     "Kelly supplied the parts to the firm for a decade", "claims", "The state government"),
])
def test_a_noun_like_verb_reports_the_bare_clause_after_it(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "indirect", cue, speaker)


def test_a_noun_like_verb_after_and_shares_the_first_verbs_subject():
    found = quotes("The Ministry of Health lists the clinic as a private hospital and states it treats about 300 "
                   "patients a day.")
    assert ("it treats about 300 patients a day", "indirect", "states", "Ministry of Health") in [q[:4] for q in found]


@pytest.mark.parametrize("sentence", [
    "Insurance claims the company paid out rose by 5% last year.",
    "Member states met in Brussels on Monday to discuss the budget.",
    "The new rules the agency issued last year require drivers to stop.",
    "The company reports losses every quarter.",
])
def test_a_noun_like_form_without_a_source_and_a_clause_reports_nothing(sentence):
    assert quotes(sentence) == []


def test_a_plural_noun_before_its_own_verb_is_no_cue():
    assert [q[2] for q in quotes("Early reports suggested the fire started in the kitchen.")] == ["suggested"]
