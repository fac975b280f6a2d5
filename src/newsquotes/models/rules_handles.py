"""Social media handles as names, for the ``rules`` model: "@RepVindman" is Eugene Vindman, "@POTUS" the President.

A handle names the person of the article whose surname it ends with ("@SenSchumer", "@WhipKClark"), the one
named most often when several do; "@POTUS" names the person the article titles President. A handle that names
no one in the article stays as it is.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol


class Mention(Protocol):
    """What this module reads and renames of a mention (made in :mod:`.rules_entities`, which calls it)."""

    start: int
    end: int
    label: str
    name: str
    title: str

#: Handles of offices rather than of people, with the title their holder is named with.
_OFFICES = {"potus": "President", "vp": "Vice President"}


def name_handles(text: str, mentions: list[Mention]) -> None:
    """Give each handle mention the name of the article's person it stands for."""
    for mention in mentions:
        if text[mention.start - 1:mention.start] != "@":
            continue
        if name := holder(text, text[mention.start:mention.end], mentions):
            mention.name = name
            mention.label = "PERSON"


def holder(text: str, handle: str, mentions: list[Mention]) -> str | None:
    """The name of the article's person a handle (without its "@") stands for, or None."""
    people = [m for m in mentions if m.label == "PERSON" and text[m.start - 1:m.start] != "@" and " " in m.name]
    counts = Counter(m.name for m in people)
    handle = handle.casefold()
    if handle in _OFFICES:
        holders = [m.name for m in people if m.title.split()[-1:] == [_OFFICES[handle].split()[-1]]
                   and (handle != "potus" or "Vice" not in m.title)]
    else:
        holders = [m.name for m in people if len(surname := m.name.split()[-1]) >= 4
                   and handle.endswith(surname.casefold())]
    return max(holders, key=lambda name: (counts[name], name)) if holders else None
