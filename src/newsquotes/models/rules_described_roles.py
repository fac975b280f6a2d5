"""The role a description of a person names, for the ``rules`` model: "the spokesman" is the person the text called
a spokesman, whether before the name ("Airbus spokesman Stefan Schaffrath") or set beside it ("Stefan Schaffrath, a
spokesman for Airbus,"), and never a person it gave another role in lower case ("Boeing chief executive Jim
McNerney"). A description that names the body ("the Airbus chief") is the person the text tied to that body
("Airbus chief executive Tom Enders", "Tom Enders, the chief executive of Airbus,").
"""

from __future__ import annotations

import functools
import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_head_kinds import head_kind

#: Heads of descriptions that any person of a body may be named by, whatever role the text gave them.
_ANY_ROLE = frozenset("official person man woman figure leader member source".split())


@functools.cache
def _apposed(head: str) -> re.Pattern:
    return re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’.&-]+\s+){0,4}?%s\b" % re.escape(head),
                      re.IGNORECASE)


def apposed_role(text: str, mention: Mention, head: str) -> bool:
    """Whether the role ``head`` is set beside the name of ``mention``: "Stefan Schaffrath, a spokesman for
    Airbus,"."""
    return bool(_apposed(head.lower()).match(text[mention.end:mention.end + 80]))


def other_role(mention: Mention, head: str) -> bool:
    """Whether the text gave the person of ``mention`` a role other than the one the description's ``head`` names
    ("chief executive Jim McNerney" is no "spokesman"); heads any person may be named by have no other role."""
    head = head.lower()
    words = mention.title.lower().split()
    # an office written with capitals has other names ("Foreign Secretary Marcelo Ebrard … The foreign minister"),
    # but none of them is a spokesman's
    return bool(words) and (mention.title.islower() or head in lex.SPOKESPEOPLE) and head not in _ANY_ROLE and (
        head not in words and head_kind(words[-1]) == "PERSON" and head_kind(head) == "PERSON")


@functools.cache
def _tied_to(body: str) -> tuple[re.Pattern, re.Pattern]:
    """The body's name written before a person's name ("Airbus chief executive "), and after it (", the chief
    executive of Airbus")."""
    body = re.escape(body)
    return (re.compile(r"\b%s(?:[’']s?)?\s+(?:[a-z][\w-]*\s+){0,3}$" % body),
            re.compile(r"(?:,\s+(?:the|a|an)\s+[^,.;:“”\"]{0,60}?\s+|\s+)(?:of|at|for|from)\s+(?:the\s+)?%s\b" % body))


def person_tied_to_body(text: str, mentions: list[Mention], start: int, end: int, people: list[Mention]) -> Mention | None:
    """The latest of ``people`` the text tied to the body the description at ``[start, end)`` names ("the Airbus
    chief"): one whose name the body's name is written just before ("Airbus chief executive Tom Enders", "Airbus's
    Tom Enders") or after ("Tom Enders, the chief executive of Airbus,", "Tom Enders of Airbus")."""
    bodies = [m for m in mentions if start <= m.start and m.end <= end and m.label == "ORG"]
    if not bodies:
        return None
    ahead, after = _tied_to(text[bodies[-1].start:bodies[-1].end])
    return next((m for m in reversed(people) if ahead.search(text, max(0, m.start - 60), m.start)
                 or after.match(text, m.end)), None)
