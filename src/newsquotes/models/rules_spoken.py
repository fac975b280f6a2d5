"""The sentences of quoted speech for the ``rules`` model, read as running text.

The article's sentence splitter keeps a quotation whole, however many sentences the speaker says in it: “We had
a deal. The Chinese delegation told us that they would ignore it.” is one sentence. A report inside the
quotation is read within its own spoken sentence, so that its subject is looked for after the full stop before
it ("The Chinese delegation") and its clause ends at the full stop after it; ``spoken_layout`` gives the
article's layout with those sentence ends added inside the quotations it is given. Who a pronoun or a noun phrase
found there is, is still read over the article's own sentences (``spoken_speakers``).
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_marks import Piece, Quotations
from newsquotes.models.rules_referents import Referents
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_text import Layout

#: A full stop, question or exclamation mark or an ellipsis that ends a spoken sentence: a space and a capital or an opening mark
#: after it ("… chose not to enforce it. The Chinese delegation …").
_STOP = re.compile(r"(?:[.!?]|…|\[\.\.\.\]|\[…\])(?=\s+[“‘\"(]?[A-Z])")


def spoken_layout(layout: Layout, pieces: list[Piece]) -> Layout:
    """A copy of ``layout`` with a sentence end at each spoken sentence's end inside ``pieces``; ``layout`` itself
    without pieces.
    A full stop inside a word ("Mr.", the initial of "John F. Kennedy") ends nothing."""
    if not pieces:
        return layout
    text, stops = layout.text, []
    for piece in pieces:
        stops.append(piece.start)  # a quotation opens a sentence of its speaker's: “The President said very clearly, …”
        for match in _STOP.finditer(text, piece.start, piece.end):
            k = bisect_right(layout.word_starts, match.start()) - 1
            if k >= 0 and layout.words[k][0] <= match.start() < layout.words[k][1]:
                continue
            stops.append(match.end())
    stops, starts, ends = sorted(set(stops)), [], []  # a piece may be given twice: one stop each
    for start, end in zip(layout.sentence_starts, layout.sentence_ends):
        inner = [s for s in stops if start < s < end]
        for stop in inner:
            starts.append(start)
            ends.append(stop)
            start = stop + len(text[stop:end]) - len(text[stop:end].lstrip())
        starts.append(start)
        ends.append(end)
    spoken = copy.copy(layout)
    spoken.sentence_starts, spoken.sentence_ends = starts, ends
    return spoken


#: Words that open a speaker phrase of the speaker's own: "I", "we", "my team".
FIRST_PERSON_OPENERS = lex.FIRST_PERSON | {"my", "our"}


def quotes_own_words(text: str, start: int, end: int, also: frozenset[str] = frozenset()) -> bool:
    """Whether the speaker phrase at ``[start, end)`` is the speaker's own first person ("I", "I’ve", "my dad" … ), or
    opens with one of ``also``: quoting oneself is no report of another's."""
    first = re.split(r"[\s’']", text[start:end].lower())[0]
    return first in FIRST_PERSON_OPENERS or first in also


def spoken_speakers(referents: Referents, pieces: list[Piece]) -> tuple[Layout, Quotations, Speakers]:
    """The spoken layout of ``pieces``, no quotation marks on it, and the speakers of its cues, each found within its
    spoken sentence but named by the article's ``referents``, as over the article's sentences ("as I let him know
    [...] He just announced that …": he is whoever he was before the quotation)."""
    spoken = spoken_layout(referents.layout, pieces)
    plain = Quotations.none(spoken)
    return spoken, plain, Speakers(spoken, plain, referents.mentions, referents)
