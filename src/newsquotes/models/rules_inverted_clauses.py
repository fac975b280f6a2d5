"""The clause before an inverted reporting verb, for the ``rules`` model: what keeps it one clause.

"…, says Laura Spitler" reports the words before its comma, and they are no subject of the verb. Two things inside
that clause do not end it: a phrase quoted inside it ("But the telescope’s “impressive sensitivity” will be useful
for …, says Laura Spitler, an astronomer at …"), which neither closes a quotation of its own (no comma or stop
before its closing mark) nor ends the clause, and a list of examples set off by commas ("…, such as collisions of
supermassive black holes, says McLaughlin"), which is no appositive of a subject. A participle's aside after a
subject ("The research, supported by the Wildlife Conservation Society …, reveals") holds names that are not the
subject's.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_finite import ed_form
from newsquotes.models.rules_marks import Piece

#: A quotation that closes a sentence or a clause of its own: "“…,” … ", "“….” …".
_CLOSED_QUOTATION = re.compile(r"[,.?!][”\"’'»]\s*$")
#: The words that open a list of examples: "such as", "including", "like".
EXAMPLE_OPENER = r"(?:such\s+as|including|like)"
#: A comma that opens a list of examples: ", such as …", ", including …", ", like …".
_EXAMPLES = re.compile(r",\s+%s\s" % EXAMPLE_OPENER)
#: Words that go on after a quoted phrase inside a clause.
_WORDS_AFTER = re.compile(r"\s+\w")


def clause_from_start(text: str, first: int, lo: int) -> bool:
    """Whether the words from ``lo`` go on the clause that opens the sentence at ``first``: the sentence starts there,
    or only a quoted phrase inside the clause came before it."""
    return lo == first or not _CLOSED_QUOTATION.search(text, first, lo)


def opens_examples(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` opens a list of examples, not an appositive."""
    return bool(_EXAMPLES.match(text, comma))


#: A past participle with its agent or its setting that opens an aside after a noun: ", supported by …", ", funded
#: in part by …", ", published in …".
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+(?:(?:in\s+part|jointly|partly)\s+)?(?:by|in|with|through)\s")


def participle_aside(text: str, end: int) -> bool:
    """Whether a subject that ends at ``end`` has a participle's aside after it ("The research, supported by the
    Wildlife Conservation Society …, reveals"): the names inside the aside are not the subject's."""
    return bool((aside := _PARTICIPLE_ASIDE.match(text, end)) and ed_form(aside["verb"]))


def inner_phrase(text: str, piece: Piece, end: int) -> bool:
    """Whether ``piece`` is a phrase quoted inside a clause that goes on after it up to ``end``: closed, with no
    comma or stop of its own before the closing mark, and words after it."""
    return piece.close is not None and piece.outer_end < end and not _CLOSED_QUOTATION.match(
        text, piece.close - 1, piece.outer_end) and bool(_WORDS_AFTER.match(text, piece.outer_end, end))
