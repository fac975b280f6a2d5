"""Quotations inside quotations for the ``rules`` model: a speaker quoted within another speaker's words.

A single-marked quotation inside a double-marked one, with its own reporting verb and speaker inside the outer
quotation, is a direct quote of that speaker: “At the table, one of the gentlemen said, ‘Well, let’s meet in
another month.’” gives ``Well, let’s meet in another month.`` by the gentleman, “‘We are swamped,’ said Jack
Schron …” gives ``We are swamped`` by Jack Schron, and “… ‘You opened it,’ as Chancellor Merz put it.” gives
``You opened it`` by Merz. The outer quotation stays its own speaker's. A speaker quoting themselves ("I told him,
‘…’") makes no quote of their own, nor does a single-marked name or phrase without a reporting verb next to it.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_asides import put_it
from newsquotes.models.rules_blocks import nested_reports
from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_marks import SINGLE, Piece, Quotations, pair_marks
from newsquotes.models.rules_referents import Referents
from newsquotes.models.rules_spoken import quotes_own_words, spoken_speakers
from newsquotes.models.rules_text import Layout

#: Between a reporting verb (and its subject) and the inner quotation it introduces: "said very clearly, ‘".
_INTRODUCES = re.compile(r"[^.!?“”\"‘’]{0,40}[,:]\s*$")
#: Between the inner quotation and the verb after it: "’ said", "’ he said", "’ the CEO said".
_FOLLOWED = re.compile(r"\s*(?:[\w.'-]+\s+){0,3}$")


def reports_inside_quotations(layout: Layout, quotations: Quotations, mentions: list[Mention]) -> list[Found]:
    """The reports inside quotations (``rules_blocks.nested_reports``), then the quotations inside them, their
    speakers named by one set of the article's referents over all its names."""
    if not quotations.quoted:
        return []
    referents = Referents(layout, mentions)
    return nested_reports(layout, quotations, referents) + nested_quotations(layout, quotations, referents)


def nested_quotations(layout: Layout, quotations: Quotations, referents: Referents) -> list[Found]:
    """Direct quotes in single marks inside double-marked quotations, by a speaker named inside the outer one."""
    text = layout.text
    inner = [(outer, o, c) for outer in quotations.quoted for o, c in pair_marks(text, outer.start, outer.end, SINGLE)[0]
             if text[outer.open] not in SINGLE and len(layout.words_in(o + 1, c)) >= 2]
    if not inner:
        return []
    layout, _, speakers = spoken_speakers(referents, [outer for outer, _, _ in inner])
    found = []
    for outer, open_, close in inner:
        cue = _introducing_cue(layout, speakers.cues, outer, open_, close)
        # the verb's own subject, before it or inverted after it: not the first name of its sentence ("Worth noting
        # this for the next time someone says, ‘…’")
        speaker = cue and (speakers.subject(cue) or speakers.subject_after(cue.end, layout.sentence(cue.start)[1]))
        if not speaker and (aside := put_it(speakers, Piece(open_ + 1, close, open_, close))):
            cue, speaker = aside  # “… ‘You opened it,’ as Chancellor Merz put it.”
        if not speaker or not outer.start <= speaker.start < outer.end:
            continue  # the outer speaker's own quotation of a phrase
        if quotes_own_words(text, speaker.start, speaker.end):
            continue
        start, end = open_ + 1, close
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        found.append(Found(start, end, "direct", cue, speaker))
    return found


def _introducing_cue(layout: Layout, cues: list[Cue], outer: Piece, open_: int, close: int) -> Cue | None:
    """The reporting verb inside ``outer`` that introduces the inner quotation ``[open_, close]``: the last one
    before it in its sentence ("he said, ‘…’"), else the first one right after it ("‘…,’ said X")."""
    text, lo = layout.text, max(outer.start, layout.sentence(open_)[0])
    before = [c for c in cues if lo <= c.start < open_ and _INTRODUCES.fullmatch(text, c.end, open_)]
    if before:
        return before[-1]
    hi = min(outer.end, layout.sentence(close)[1])
    return next((c for c in cues if close < c.start < hi and _FOLLOWED.fullmatch(text, close + 1, c.start)), None)
