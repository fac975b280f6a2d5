"""The noun phrase after an inverted reporting verb is its subject, the speaker, whatever its head noun, possessive
included ("said the shop's owner"); a phrase of time after the verb, or the hearer after a verb of telling, is none."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraph, content, cue, speaker", [
    ("“Get out of the car and keep your hands up,” ordered the sergeant.",
     "Get out of the car and keep your hands up", "ordered", "the sergeant"),
    ("“We have waited three years for the repairs,” added one local.",
     "We have waited three years for the repairs", "added", "one local"),
    ("“The water has been brown since March,” said the landlady, who has lived in the building for decades.",
     "The water has been brown since March", "said", "the landlady"),
    ("“We lost everything in the fire,” said the boy's mother.", "We lost everything in the fire", "said",
     "the boy's mother"),
    ("“Nobody from the council has called us back,” said the shop’s owner on Tuesday.",
     "Nobody from the council has called us back", "said", "the shop’s owner"),
    ("“The engine failed twice before the crash,” explained the mechanic.",
     "The engine failed twice before the crash", "explained", "the mechanic"),
    ("“It was the happiest day of our lives,” said the couple.", "It was the happiest day of our lives", "said",
     "the couple"),
    ("“The budget will be put to a vote next week,” said a local assembly.",
     "The budget will be put to a vote next week", "said", "a local assembly"),
])
def test_the_noun_phrase_after_an_inverted_verb_is_the_speaker(paragraph, content, cue, speaker):
    found = [q for q in quotes(paragraph) if q[0] == content]
    assert found and found[0][1:4] == ("direct", cue, speaker), quotes(paragraph)


@pytest.mark.parametrize("paragraph, content", [
    ("The minister promised new funding for the hospital. “We will deliver it,” she said the next day.",
     "We will deliver it"),
    ("“The defendant has shown no remorse,” the prosecutor told the court.", "The defendant has shown no remorse"),
    ("“We were never told about the rent rise,” said the tenant angrily.", "We were never told about the rent rise"),
])
def test_a_time_or_a_hearer_after_the_verb_is_no_speaker(paragraph, content):
    found = [q for q in quotes(paragraph) if q[0] == content]
    assert found and found[0][3] not in ("the next day", "the court", "the tenant angrily"), quotes(paragraph)


def test_an_order_after_a_clause_has_no_inverted_subject():
    found = quotes("Be true to yourself. If this is not the right fit for you, find the right fit.")
    assert not any(q[2] == "find" for q in found), found
