"""A "they" goes to the group of the nearest sentence before it, whether the group opens that sentence or stands
inside it: "Exhibit goers …. Many people took out their mobiles …. Perhaps they had learned" is the many people,
not the exhibit goers. Passages built on the construction of train sentences."""

from __future__ import annotations

from rules_sentences import referents


def test_they_goes_to_the_group_inside_the_sentence_before_rather_than_one_opening_a_sentence_further_back():
    text, resolver = referents("Exhibit goers then became part of the show as they posed for photographs.",
                               "At the end of the night, many people took out their mobiles as they left the hall. "
                               "Perhaps they had learned an important lesson from the exhibit.")
    assert resolver.antecedent("they", text.index("Perhaps they") + len("Perhaps ")) == "many people"
