"""The sex a description's head noun tells, for the ``rules`` model's resolver of a nominal speaker: "the man", "the
boy" and "the father" are none of the women the article named before, "the woman" and "the mother" none of its men.
"""

from __future__ import annotations

from newsquotes.models.rules_pronouns import FEMALE, MALE

#: Heads of people of one sex: the pronoun word lists' and those they leave out.
SEXED = {"man": "m", "boy": "m", "woman": "f", "girl": "f", "widow": "f", "widower": "m", "grandson": "m",
         "granddaughter": "f", "mum": "f", "mom": "f", "dad": "m", "gentleman": "m", "stepfather": "m", "fiancé": "m",
         "stepmother": "f", "fiancée": "f", **{w: "m" for w in MALE}, **{w: "f" for w in FEMALE}}


def sex_of(head: str) -> str | None:
    """"m" or "f" for a head of ``SEXED``, in the singular or the plural ("widows"), else None."""
    word = head.lower()
    return SEXED.get(word) or SEXED.get(word[:-1] if word.endswith("s") else word)


def head_sex(head: str) -> str | None:
    """"m" or "f" for a noun that names a man or a woman (one of ``SEXED``, in the singular), else None."""
    return SEXED.get(head.lower())


def of_sex(people: list, sex: str | None, sexes: dict[str, str]) -> list:
    """The mentions of ``people`` not known to be of the other sex than ``sex`` (all of them when ``sex`` is None)."""
    return [m for m in people if sex is None or sexes.get(m.name, sex) == sex]
