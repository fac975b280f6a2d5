"""Quotation marks that enclose a name, a title or a term rather than speech.

"Marks that report nobody are not quotes" (labeling/GUIDELINES.md): a title ("Anon declares war on Church of
Scientology", their 2019 "Person of the Year"), a scare quote, or a phrase in marks that is part of a noun phrase of
the writer's ("announced an “immediate and unconditional ceasefire”", "lauded Blankenship's “ability to …”", "The
hashtag “…”", "voted against a resolution “Strongly condemning …”", "a feature titled “What … can teach …”"). A
name given after a verb of naming ("called it a “culture of death”") is the one exception: the naming is reported.
"""

from __future__ import annotations

import re

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_marks import Piece
from newsquotes.models.rules_text import Layout

#: Short words a title leaves in lower case: "Person of the Year".
_TITLE_FUNCTION_WORDS = frozenset("of the a an and for in on to at by with or from vs. vs".split())
#: What makes the quotation part of a noun phrase or a title: an article, a name's possessive, "the hashtag", "a
#: resolution", "a feature titled".
_NOUN_PHRASE_BEFORE = re.compile(r"(?:\b(?:a|an|hashtag|slogan|motto|caption|resolution|titled|entitled|headlined)|"
                                 r"[A-Za-z]\w*['’]s)\s*$", re.IGNORECASE)
#: A verb of naming with its object before the article: "called it a", "called the arrest of a judge who … a".
_NAMED_BY = re.compile(r"\b(?:%s)\b[^.!?;:“”\"]*\b(?:a|an)\s*$" % "|".join(sorted(lex.NAMING_VERBS)), re.IGNORECASE)


def title_cased(layout: Layout, piece: Piece) -> bool:
    """Whether a quotation reads as a title: most of its words capitalised, the short words of a title aside, and
    no sentence's end inside it ("Person of the Year", "Anon declares war on Church of Scientology")."""
    text = layout.text
    words = [text[s:e] for s, e in layout.words_in(piece.start, piece.end)]
    if sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return True
    content = [w for w in words if w.lower() not in _TITLE_FUNCTION_WORDS]
    return len(content) >= 2 and sum(w[0].isupper() for w in content) >= 0.6 * len(content) and not re.search(
        r"[.!?…]\W*$", text[piece.start:piece.end])


def in_noun_phrase(layout: Layout, piece: Piece) -> bool:
    """Whether the quotation continues a noun phrase of the writer's: "an “immediate … ceasefire”", "Blankenship's
    “ability …”", "The hashtag “…”"; not a name given by a verb of naming ("called it a “culture of death”")."""
    lo = layout.sentence(piece.open)[0]
    before = layout.text[max(lo, piece.open - 120):piece.open]
    return bool(_NOUN_PHRASE_BEFORE.search(before)) and not _NAMED_BY.search(before)


def scare_quote_or_title(layout: Layout, piece: Piece, cued: bool) -> bool:
    """Whether a quotation is a name, a title or a scare quote rather than speech: title-cased, or short (under
    five words without a cue in its sentence or the quote's before it, under three with one: ``cued``)."""
    words = layout.words_in(piece.start, piece.end)
    return title_cased(layout, piece) or len(words) < (3 if cued else 5)
