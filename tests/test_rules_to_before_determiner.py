""""to" before a determiner opens a thing, not an infinitive, in each pattern built from the lexicon's determiners."""

import pytest

from newsquotes.models.rules_clause_ends import _INFINITIVE
from newsquotes.models.rules_clauses import _HEARER_TO
from newsquotes.models.rules_complements import _OWN_INFINITIVE
from newsquotes.models.rules_content_nouns import _TO_A_NOUN
from newsquotes.models.rules_impossible_contents import _TO_A_THING
from newsquotes.models.rules_passive import _TO
from rules_sentences import quotes


@pytest.mark.parametrize("determiner", ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this"])
def test_to_before_a_determiner_is_no_infinitive(determiner):
    assert not _OWN_INFINITIVE.match(f" to {determiner} court")
    assert not _TO.match(f" to {determiner} court")
    assert not _INFINITIVE.match(f" {determiner}")
    assert _TO_A_THING.match(f"to {determiner} court")


def test_to_before_a_verb_is_an_infinitive():
    assert _OWN_INFINITIVE.match(" to leave") and _TO.match(" not to leave") and _INFINITIVE.match(" leave")
    assert not _TO_A_THING.match("to leave") and not _TO_A_NOUN.match("to leave")
    assert _HEARER_TO.match(" their members to leave") and _HEARER_TO.match(" all staff to leave")


@pytest.mark.parametrize("sentence", [
    "The senator renewed her call to the residents of the valley after the flood.",
    "The senator renewed her call to that end after the flood.",
    "The senator renewed her call to arms after the flood.",
])
def test_a_call_to_a_thing_asks_nothing(sentence):
    assert quotes(sentence) == []


def test_a_call_to_a_verb_is_its_owners():
    assert quotes("The senator renewed her call to rebuild the levee after the flood.")[0][:3] == (
        "to rebuild the levee after the flood", "indirect", "call")
