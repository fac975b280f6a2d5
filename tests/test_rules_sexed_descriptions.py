"""One table of the heads that tell a man or a woman, for the pronoun's nominal antecedents and the descriptions'
resolver alike: "He" after "A gentleman … stood up" is the gentleman, not the woman named before; "She" there is
still the woman."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("pronoun, name", [("He", "A gentleman"), ("She", "Mary Jones")])
def test_a_gentleman_is_a_man(pronoun, name):
    found = quotes("Mary Jones chaired the meeting in the town hall.", "A gentleman at the back of the hall stood up.",
                   f"{pronoun} said the meeting should end at once.")
    assert [(q[3], q[4]) for q in found] == [(pronoun, name)]


def test_a_stepmother_is_a_woman():
    found = quotes("John Smith chaired the meeting in the town hall.", "His stepmother stood up at the back of the hall.",
                   "She said the meeting should end at once.")
    assert [(q[3], q[4]) for q in found] == [("She", "His stepmother")]
