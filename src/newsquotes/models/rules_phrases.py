"""Where a speaker's phrase begins, for the ``rules`` model: coordinated sources and shares of a group.

Coordinated sources of one clause are one speaker named by its own words ("Biden and Sanders announced",
"State and federal election officials have stated", "The Investigative Committee and the Federal Security
Service said", the article left out as before a name); a share of a group is part of the group's phrase ("One of the victims said", "Some of the
protesters said"); and a nominal speaker of a body takes the body in ("A spokesperson for Stagecoach South
said": not Stagecoach South).
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_text import Layout

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
