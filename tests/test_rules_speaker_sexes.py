"""A person's sex told by the "he" or "she" that goes on speaking in the next sentence (``rules_speaker_sexes``),
which keeps a later "he" from the woman who spoke: passages built on the construction of train sentences."""

from __future__ import annotations

import pytest
from rules_sentences import referents


def _resolved(pronoun: str, before: str, *paragraphs: str) -> str | None:
    text, resolver = referents(*paragraphs)
    return resolver.antecedent(pronoun, text.index(before) + len(before) + 1)


@pytest.mark.parametrize("following", [
    "She explained how Hockney's use of the camera changed his process.",
    "“It was a big change,” she added.",
    "But she also said the collection is growing.",
    "Now she says the collection is growing.",
])
def test_a_she_who_goes_on_speaking_makes_the_speaker_before_a_woman(following):
    paragraphs = ("The exhibit of prints by David Hockney opened on Thursday, according to Maria Lopez, curator of the "
                  "gallery.",
                  f"Lopez said the prints came from one donor. {following}",
                  "Lopez explained Hockney's interest in photography began when he was a student.")
    _, resolver = referents(*paragraphs)
    assert resolver.sexes.get("Maria Lopez") == "f"
    assert _resolved("he", "began when", *paragraphs) == "David Hockney"


def test_a_woman_named_by_a_noun_in_the_sentence_before_leaves_the_speaker_unknown():
    paragraphs = ("Police spokesman Tom Reed said officers spoke to the widow on Monday. She said the car was red.",)
    _, resolver = referents(*paragraphs)
    assert resolver.sexes.get("Tom Reed") != "f"


def test_a_second_person_named_in_the_sentence_before_leaves_the_speaker_unknown():
    paragraphs = ("Dana Hill said Alex Moore had left the firm. She said the split was friendly.",)
    _, resolver = referents(*paragraphs)
    assert "Dana Hill" not in resolver.sexes


def test_a_verb_spelt_as_a_title_leaves_the_sex_clue():
    paragraphs = ("Maria Lopez said the gallery would miss the deadline. She added that the prints were late.",)
    _, resolver = referents(*paragraphs)
    assert resolver.sexes.get("Maria Lopez") == "f"
