"""A group "they" goes on about starts after a preposition: "charges against protesters" are no speakers, the
protesters are."""

from __future__ import annotations

import pytest

from rules_sentences import speaker_of


@pytest.mark.parametrize("paragraphs,group", [
    (("Protesters' demands include the release and the dropping of charges against protesters who were arrested.",
      "They said the police had used too much force."), "protesters"),
    (("The ruling on Tuesday ended the cases against farmers who had occupied the land.",
      "They said they would return to the fields in spring."), "farmers"),
])
def test_a_preposition_is_no_modifier_of_the_group_they_means(paragraphs, group):
    assert speaker_of("the ", *paragraphs) == group
