"""Where a speaker's phrase begins, for the ``rules`` model: coordinated sources and shares of a group.

Coordinated sources of one clause are one speaker named by its own words ("Biden and Sanders announced",
"State and federal election officials have stated", "The Investigative Committee and the Federal Security
Service said", the article left out as before a name); a share of a group is part of the group's phrase ("One of the victims said", "Some of the
protesters said"); and a nominal speaker of a body takes the body in ("A spokesperson for Stagecoach South
said": not Stagecoach South). The source after "according to" is its first person, else its longest
organisation, unless that only modifies a role ("the El Paso mayor") or is the last of coordinated sources
("Reuters and NBC").
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_referents import Speaker, head_kind
from newsquotes.models.rules_text import Layout

if TYPE_CHECKING:
    from newsquotes.models.rules_speakers import Speakers

#: Where a source phrase ends before a day, a channel or a comma: "officials on Saturday", "… via Interfax".
_SOURCE_TAIL = re.compile(r",|\s+(?:via\s|(?:on|in|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                          r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|week|month|morning|evening|night|\d))")
#: A share of a group before its noun phrase: "One of", "Some of", "Many of".
SHARE_OF = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Ss]everal|[Ee]ach|[Nn]one|[Ff]ew|[Bb]oth)"
                      r"\s+of\s+$")
#: What joins two coordinated sources: "and", with the second one's article.
_AND = re.compile(r"\s+and\s+(?:the\s+)?$")
#: Words that may open the words before a coordinated source: "But", "However," …
_OPENERS = frozenset(w.lower() for w in lex.STOP) | {"however", "meanwhile", "earlier", "later", "also"}


def coordinated_start(layout: Layout, lo: int, start: int) -> int | None:
    """Where the first of two coordinated sources begins when the one at ``start`` is the second: the
    capitalised words (one word, or a name of up to six words) that open the clause before "and", else None."""
    text = layout.text
    joint = _AND.search(text, lo, start)
    if not joint:
        return None
    words = layout.words_in(lo, joint.start())
    first = None
    for k in range(len(words) - 1, max(len(words) - 7, -1), -1):
        s, e = words[k]
        word = text[s:e]
        gap = text[e:words[k + 1][0]] if k + 1 < len(words) else text[e:joint.start()]
        if gap.strip() or not (word[0].isupper() or word in lex.CONNECTORS and first is not None) or word in lex.STOP:
            break
        first = s
    if first is None or text[first:first + 1].islower() or " the " in text[first:joint.start()]:
        return None  # "Carl Hensman of the Bill and Melinda Gates Foundation": one name
    before = text[lo:first]
    opening = not before.strip() or before.rstrip().endswith((",", ";", ":", "(")) or all(
        w.lower() in _OPENERS for w in re.findall(r"[\w'’]+", before)) or re.search(r"\b(?:that|but|while)\s+$", before)
    return first if opening else None


def source_phrase(speakers: Speakers, lo: int, hi: int) -> Speaker | None:
    """The speaker named in the source phrase ``[lo, hi)``: its first person, else its longest organisation;
    coordinated sources ("Reuters and NBC") and a role an organisation modifies ("the El Paso mayor") are
    named by their own words."""
    text, layout = speakers.text, speakers.layout
    inside = [m for m in speakers.mentions if lo <= m.start and m.end <= hi and m.label in ("PERSON", "ORG")
              and not _modifies_role(text, m.end)]  # "the El Paso mayor": the mayor, not the city
    people = [m for m in inside if m.label == "PERSON"]
    best = people[0] if people else max(inside, key=lambda m: m.end - m.start, default=None)
    phrase = re.match(r"\s*(.*?)[\s.!?]*$", text[lo:hi])
    if not phrase.group(1):
        return None
    start, end = lo + phrase.start(1), lo + phrase.end(1)
    if (dated := _SOURCE_TAIL.search(text, start, end)) and dated.start() > start:
        end = dated.start()  # "officials on Saturday", "the mayor via news agency Interfax", "reports, resulting in …"
    last = max(inside, key=lambda m: m.end, default=None)
    affiliated = any(p.start < last.start and re.match(r"\s+(?:of|from|at|for)\s", text[p.end:p.end + 6]) for p in people)
    if last and re.search(r"\S\s+and\s+(?:the\s+)?$", text[start:last.start]) and "," not in text[start:last.start] \
            and not affiliated:  # "Commissioner James Rovella of the Department of … and Public Protection": one source
        return Speaker(start, last.end, text[start:last.end])  # "According to Reuters and NBC, …"
    if best:
        owner = re.search(r"(\S+)['’]s\s+$", text[lo:best.start])
        owned = owner and speakers.by_end.get(lo + owner.end(1))
        start = owned.start if owned else best.start  # "Saudi Arabia's Civil Defense Authority"
        return Speaker(start, best.end, best.name, True)
    for k, (s, e) in enumerate(layout.words_in(start, end)):
        word = text[s:e]
        if k >= 2 and (word in ("who", "which", "that", "made", "written", "sent") or re.fullmatch(r"[a-z]{3,}ed", word)):
            end = text.rindex(" ", start, s)  # "an Internet posting made just over 24 hours ago"
            break
    return speakers.speaker(start, end)


def _modifies_role(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` stands before a role noun it modifies: "El Paso mayor", "Trump spokesman"."""
    after = re.match(r"\s+([a-z][\w-]*)\b", text[end:end + 30])
    return bool(after) and head_kind(after.group(1)) == "PERSON"
