"""A "he" or "she" goes to the one person of its own sentence, and a person named there only as an owner ("Barack
Obama's vice president") is no rival of that person: passages built on the construction of train sentences."""

from __future__ import annotations

from rules_sentences import referents


def _resolved(pronoun: str, before: str, *paragraphs: str) -> str | None:
    text, resolver = referents(*paragraphs)
    return resolver.antecedent(pronoun, text.index(before) + len(before) + 1)


def test_a_he_of_a_sentence_that_names_a_man_and_an_owner_is_the_man_not_the_owner():
    paragraphs = ("Donald Trump said the aid to Ukraine was not held back to hurt Joe Biden.",
                  "The accusation against Biden is that, during his time as President Barack Obama's vice president, "
                  "he called for the firing of a prosecutor.")
    assert _resolved("he", "vice president,", *paragraphs) == "Joe Biden"
