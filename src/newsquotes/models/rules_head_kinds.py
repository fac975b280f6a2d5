"""What the head noun of a speaker's noun phrase refers to, for the ``rules`` model: a person, a body, a place.

``_lexicon.head_kind`` knows the nouns the ``spacy:`` models share ("spokesman", "ministry", "country"); the rules
also take the roles that come before names ("the archbishop", "the actress") and people by what they do or what
befell them ("a waitress says", "the survivor") as people, and, for a plural that "they" may go on about, people
taken together ("Web developers face …. As they design …"). Which entity such a noun phrase is, the modules of
who a speaker is decide (``rules_referents``, ``rules_pronoun_referents`` and the rest).
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_roles import AGE, ROLE_NOUNS


#: Endings of the names of professions: "radiologist", "epidemiologist", "physician", "pediatrician", "psychiatrist".
_PROFESSION_ENDINGS = ("ologist", "ician", "iatrist")
#: A person named by their age: "the 56-year-old", "a twenty-five-year-old".
_AGE = re.compile(AGE)


def head_kind(word: str) -> str | None:
    """What a nominal's head noun refers to (see ``_lexicon.head_kind``); the roles that come before names
    ("the archbishop", "the constable", "the actress") are people too."""
    singular = word.lower().removesuffix("es") if word.lower().endswith("sses") else word.lower().rstrip("s")
    if singular.endswith("-year-old") and _AGE.fullmatch(singular):
        return "PERSON"  # "the 56-year-old said", "a 30-year-old told police"
    if singular in _BODIES:
        return "ORG"
    if singular in _PLACES:
        return "GPE"
    # "waitress"; "a radiologist", "the physicians"
    return lex.head_kind(word) or ("PERSON" if singular in _ALL_PEOPLE or word.lower() in _ALL_PEOPLE
                                   or singular.endswith(_PROFESSION_ENDINGS) else None)


#: Bodies beyond the lexicon's: "the NATO military alliance", "the utility said" (a power or water company), "the
#: software giant", "the planemaker".
_BODIES = frozenset("alliance coalition federation association consortium utility giant conglomerate".split()
                    ) | lex.MAKERS
#: Places with a government beyond the lexicon's: "the commonwealth's constitution" (Puerto Rico, Virginia).
_PLACES = frozenset("commonwealth".split())


#: People by what they do or what befell them, as heads of nominal speakers, beyond the lexicon's and the roles':
#: "a bartender says"; "waitress" for its plural, which the lexicon does not take back to it.
_PEOPLE = frozenset("""
    waitress bartender shopper driver passenger survivor aide relative villager eyewitness traveller traveler
    tourist contractor pilot controller agent advocate supporter associate ally allies opponent interviewee classmate
    teammate businessman businesswoman commenter locals provider miner rescuer labourer laborer builder sailor
    diver ranger lifeguard trucker
""".split())
#: Every head noun of a person this module knows beyond the lexicon's.
_ALL_PEOPLE = ROLE_NOUNS | _PEOPLE


#: People taken together as a group that "they" goes on about ("Some individuals reported that when they …",
#: "Web developers face big problems. As they design …"), in the plural only: "the seller tells you" is no one.
_GROUP_NOUNS = frozenset("""
    individual developer attendee spectator visitor supporter opponent critic local migrant refugee pilgrim believer
    terrorist militant rebel fighter bureaucrat biologist scientist viewer reader listener guest goer user member
""".split())


def is_plural(word: str) -> bool:
    """Whether a head noun reads as a plural: "the parties", "critics", but not "the boss" or "the press"."""
    lower = word.lower()
    return lower.endswith("s") and not lower.endswith("ss")


def group_kind(word: str) -> str | None:
    """What a group's plural head refers to: as ``head_kind``, and people for the nouns of ``_GROUP_NOUNS``."""
    return head_kind(word) or ("PERSON" if is_plural(word) and word.lower()[:-1] in _GROUP_NOUNS else None)
