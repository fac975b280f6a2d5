"""The nouns a family calls its members by ("my mum", "her dad") tell a sex, so a "she" or "he" that a teller's
story goes on with is that relative, not the teller named in the caption before: passages built on the
construction of train sentences."""

from __future__ import annotations

import pytest

from newsquotes.models.rules_sexed_heads import head_sex
from rules_sentences import referents


@pytest.mark.parametrize("head,sex", [("mum", "f"), ("mom", "f"), ("dad", "m")])
def test_a_family_noun_tells_a_sex(head, sex):
    assert head_sex(head) == sex


@pytest.mark.parametrize("relative, pronoun", [("mum", "she"), ("mom", "she"), ("dad", "he")])
def test_a_pronoun_after_a_relative_of_its_sex_in_a_first_person_story_is_that_relative(relative, pronoun):
    text, resolver = referents("Valeska Paris joined the church as a child.",
                               f"I was told that my {relative} had attacked the church and that I needed to "
                               f"disconnect because {pronoun} was suppressive.")
    pos = text.index(f"because {pronoun}") + len("because ")
    assert resolver.antecedent(pronoun, pos) == f"my {relative}"
