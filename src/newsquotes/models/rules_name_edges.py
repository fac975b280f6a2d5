"""Where a name begins and ends, for ``rules_entities``: words that join a run of capitalised words although no
capital or plain space links them, words that open a run but belong to no name, last words that make a name a
body's, and compound modifiers ("Biden-era", "Kremlin-owned") whose name ends at the hyphen."""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_text import Layout

Words = list[tuple[int, int]]

#: Bodies named after their topic with "on": "Joint Committee on Taxation", "Project on Government Oversight".
BODIES_ON = frozenset("Committee Commission Council Conference Panel Forum Centre Center Institute Project".split())
#: Days and months, which "on" puts a date to: "the Committee on Monday announced".
_WHEN = frozenset(lex.DAYS_AND_MONTHS)
#: Last words of a body's name, never of a person's: "Amnesty International", "PA Media".
BODY_ENDINGS = frozenset("International Media".split())
#: A place that locates a body before its name, no part of it: "Michigan-based Whirlpool".
_BASED = re.compile(r"[A-Z][\w.'’-]*-based")


def topic_of_body(layout: Layout, run: Words, after: Words) -> bool:
    """Whether "on" joins a body to its topic: "Joint Committee on Taxation", "Commission on Presidential
    Debates"."""
    return (layout.word(run[-1]) in BODIES_ON and bool(after) and layout.text[after[0][0]].isupper()
            and layout.text[run[-1][1] + 3:after[0][0]] == " " and layout.word(after[0]) not in _WHEN)


def irish_o(layout: Layout, run: Words, span: tuple[int, int]) -> bool:
    """Whether a word goes on an Irish "O'" written with a space after the apostrophe: "Michael O' Leary"."""
    return bool(run) and layout.word(run[-1]) == "O" and layout.text[run[-1][1]:span[0]] in ("' ", "’ ") and (
        layout.text[span[0]].isupper())


def based_opener(layout: Layout, part: Words) -> bool:
    """Whether the first word of a name only says where the body is based: "Michigan-based Whirlpool"."""
    return len(part) > 1 and bool(_BASED.fullmatch(layout.word(part[0])))


#: A compound modifier made from a name, which describes what follows: "Kremlin-owned", "Bernie Sanders-backed",
#: "World War II-era", "Muslim-majority", "Booker Prize-winner"; the name before its hyphen ends there.
_MODIFIER = re.compile(r"[A-Z][\w.']*(?=-(?:(?!based$)[a-z]+ed|era|majority|winner|winning|style|born|made)$)")
#: A stance towards a name, which alone names no one: "the Pro-Beijing camp", "Anti-Trump".
STANCE = re.compile(r"(?:Pro|Anti)-[A-Z][\w']*")


def cut_modifiers(layout: Layout, run: Words) -> list[tuple[int, int] | None]:
    """The run with each compound modifier cut to the name before its hyphen and a break (None) after it:
    "Bernie Sanders-backed candidates" names Bernie Sanders."""
    spans: list[tuple[int, int] | None] = []
    for span in run:
        if head := _MODIFIER.match(layout.word(span)):
            spans += [(span[0], span[0] + head.end()), None]
        else:
            spans.append(span)
    return spans


def modifier_head(layout: Layout, span: tuple[int, int]) -> bool:
    """Whether a word is the name that opens a compound modifier ("Biden" of "Biden-era"), which says whose or
    where something is and never acts itself."""
    return layout.text[span[1]:span[1] + 1] == "-"
