"""The sex a description's head noun tells, for the ``rules`` model's resolver of a nominal speaker: "the man", "the
boy" and "the father" are none of the women the article named before, "the woman" and "the mother" none of its men.
"""

from __future__ import annotations

from newsquotes.models.rules_pronouns import FEMALE, MALE

_MALE_HEADS = MALE | {"man", "boy", "gentleman", "widower", "stepfather", "grandson", "fiancé"}
_FEMALE_HEADS = FEMALE | {"woman", "girl", "widow", "stepmother", "granddaughter", "fiancée"}


def head_sex(head: str) -> str | None:
    """"m" or "f" for a noun that names a man or a woman, else None."""
    word = head.lower()
    return "m" if word in _MALE_HEADS else "f" if word in _FEMALE_HEADS else None


def of_sex(people: list, sex: str | None, sexes: dict[str, str]) -> list:
    """The mentions of ``people`` not known to be of the other sex than ``sex`` (all of them when ``sex`` is None)."""
    return [m for m in people if sex is None or sexes.get(m.name, sex) == sex]
