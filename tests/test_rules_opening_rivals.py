"""A "he" after a sentence whose subject follows an opening phrase goes on with that subject, not with a man the
opening phrase names ("Following the death of his father Gerhard, Alexander Stodden took over …. He says")."""

import pytest

from rules_sentences import speaker_of


@pytest.mark.parametrize("opening", [
    "Following the death of his father Henrik in March,",
    "After a long dispute with his brother Lukas,",
])
def test_a_man_named_in_the_opening_phrase_is_no_rival_of_the_subject(opening):
    paragraphs = [f"{opening} Matthias Berger has since taken over the family bakery, which has been open since 1921. "
                  "Although he bakes only one kind of rye bread, he says that it is the hardest to get right."]
    assert speaker_of("it is the hardest to get right", *paragraphs) == "Matthias Berger"


def test_the_subject_after_the_opening_phrase_goes_on_into_the_next_paragraph():
    paragraphs = ["Following the death of his father Henrik in March, Matthias Berger has since taken over the family "
                  "bakery. Although he bakes only one kind of rye bread, he says that it is the hardest to get right.",
                  "“It is a very stubborn dough,” he says, pulling a tray of loaves from the oven."]
    assert speaker_of("It is a very stubborn dough", *paragraphs) == "Matthias Berger"
