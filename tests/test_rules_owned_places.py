"""Officials "in" a place that its country owns ("in Brazil’s Amazonas") are the speaker, not the place."""

from rules_sentences import quotes


def test_the_officials_of_an_owned_place_speak():
    found = quotes("Health officials in Brazil’s Amazonas have confirmed that a third case of the fever has been "
                   "found near the border.")
    assert [q[3] for q in found] == ["Health officials in Brazil’s Amazonas"], found
