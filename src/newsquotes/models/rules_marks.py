"""Quotation-mark pairing for the ``rules`` model: which marks open, which close, and what lies between.

Typographic marks say which way they face (“ „ « open, ” » close) but writers and converters mix them up,
and straight marks (" ') face both ways, so a mark's role is read from its neighbours first: a space
before and a letter after opens, a letter before and a space or punctuation after closes. Only when the
neighbours cannot tell does the mark's own shape decide, and a straight double quote closes the last one
opened. Single marks are also apostrophes: one between two letters (don’t) or after a plural (parents’)
is never a quotation mark, and single-mark quotations are only taken when they close in the sentence
they open in.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from newsquotes.models.rules_text import MARKS, Layout

DOUBLE, SINGLE = "\"“”„«»", "'‘’"
_SHAPE = {"“": "open", "„": "open", "«": "open", "”": "close", "»": "close"}


@dataclass
class Piece:
    """The content between one pair of quotation marks, or from an unclosed opening mark to the paragraph end.

    ``start``/``end`` is the content without marks, spaces and trailing ``,;:``; ``open``/``close`` are the
    positions of the marks themselves (``close`` is None when the quotation runs on into the next paragraph).
    """

    start: int
    end: int
    open: int
    close: int | None
    continues: bool = False  # opens a paragraph that carries on the quotation of the one before
    block: bool = False  # part of a block quotation: paragraphs between an unclosed opening mark and its closer

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def mark_role(text: str, i: int, lo: int, hi: int) -> str | None:
    """Whether the mark at ``i`` opens, closes, or ("toggle") cannot tell; None for an apostrophe."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens = (before.isspace() or before in "([{—–-/" + MARKS) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-/" + MARKS)
    if text[i] in SINGLE:
        if before.isalnum() and after.isalnum():
            return None
        if opens and text[i] != "’" and not after.isdigit():
            return "open"
        return "close" if closes and text[i] != "‘" else None
    if opens != closes:
        return "open" if opens else "close"
    return _SHAPE.get(text[i], "toggle")


def pair_marks(text: str, lo: int, hi: int, family: str) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """In ``text[lo:hi]``: the (open, close) pairs, the openers never closed, and the closers never opened."""
    marks = [(i, role) for i in range(lo, hi) if text[i] in family and (role := mark_role(text, i, lo, hi))]
    stack: list[int] = []
    pairs, orphans = [], []
    for k, (i, role) in enumerate(marks):
        if role == "toggle":
            role = "close" if stack and text[stack[-1]] == '"' else "open"
        if (role == "close" and not stack and text[i - 1] == "," and text[i] == '"'
                and any(r == "close" for _, r in marks[k + 1:])):
            role = "open"  # `communities," For example … exercise".`: a comma glued to an opening mark
        if role == "open":
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i))
        else:
            orphans.append(i)
    return sorted(pairs), stack, orphans


class Quotations:
    """Every quotation in an article, outermost only, with fast "is this position quoted?" look-ups.

    A paragraph that opens a quotation without closing it is carried on by the next paragraph when that
    one opens with a mark again (the news convention for a quotation of several paragraphs), or when it
    closes a mark it never opened. Each paragraph gives its own piece.
    """

    def __init__(self, layout: Layout):
        self.layout = layout
        self.pieces = self._find()
        self.quoted = [p for p in self.pieces if not p.block]
        self._starts = [p.open for p in self.quoted]
        self._ends = [p.outer_end for p in self.quoted]

    @classmethod
    def none(cls, layout: Layout) -> Quotations:
        """No quotation at all: the text read as running text, to find the reports inside quotations."""
        quotations = cls.__new__(cls)
        quotations.layout, quotations.pieces, quotations.quoted, quotations._starts, quotations._ends = layout, [], [], [], []
        return quotations

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` lies within a quotation, its marks included. A block quotation is read as running text:
        the reports inside it (a newspaper's story quoted whole) are quotes of their own."""
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def end_before(self, pos: int) -> int:
        """Where the last quotation that ends at or before ``pos`` ends (0 when none does)."""
        k = bisect_right(self._starts, pos) - 1
        return self._ends[k] if k >= 0 and self._ends[k] <= pos else 0

    def between(self, lo: int, hi: int) -> list[Piece]:
        """The quotations, not block quotations, that open in ``[lo, hi)``."""
        return [p for p in self.quoted if lo <= p.open < hi]

    def block_at(self, pos: int) -> Piece | None:
        """The piece of a block quotation that opens at ``pos`` (its mark, or the paragraph start)."""
        return next((p for p in self.pieces if p.block and p.open <= pos < p.start), None)

    def _find(self) -> list[Piece]:
        text, pieces, carry, block_until = self.layout.text, [], False, -1
        marks = [pair_marks(text, p.start, p.end, DOUBLE) for p in self.layout.paragraphs]
        for k, paragraph in enumerate(self.layout.paragraphs):
            lo, hi = paragraph.start, paragraph.end
            pairs, unclosed, orphans = marks[k]
            first = min([o for o, _ in pairs] + unclosed + orphans, default=None)
            if k < block_until:  # inside a block quotation: the whole paragraph
                pieces.append(self._piece(lo, hi, lo, None, True, block=True))
                continue
            if carry and orphans and orphans[0] == first:  # a continuation that closes without reopening
                pieces.append(self._piece(lo, orphans[0], lo, orphans[0], True, block=k == block_until))
            pieces += [self._piece(o + 1, c, o, c, carry and o == lo) for o, c in pairs]
            if unclosed:
                block_until = self._block_end(marks, k)
                block_until = block_until if block_until > k + 1 else -1  # else the news convention, above
                pieces.append(self._piece(unclosed[0] + 1, hi, unclosed[0], None, carry and unclosed[0] == lo,
                                          block=block_until > k))
            carry = bool(unclosed)
            for o, c in pair_marks(text, lo, hi, SINGLE)[0]:
                if self.layout.sentence(o) == self.layout.sentence(c):
                    pieces.append(self._piece(o + 1, c, o, c, False))
        ordered = sorted((p for p in pieces if p), key=lambda p: (p.open, -p.outer_end))
        outermost: list[Piece] = []
        for piece in ordered:  # a quotation inside another is part of it
            if not outermost or piece.open >= outermost[-1].outer_end:
                outermost.append(piece)
        return outermost

    @staticmethod
    def _block_end(marks: list[tuple[list, list, list]], k: int) -> int:
        """The paragraph that closes the quotation paragraph ``k`` leaves open, when the paragraphs between open no
        quotation of their own (a block quotation: “… ¶ … ¶ …”); else -1."""
        for j in range(k + 1, min(k + 30, len(marks))):
            pairs, unclosed, orphans = marks[j]
            if orphans and not unclosed and min([o for o, _ in pairs] + orphans) == orphans[0]:
                return j
            if pairs or unclosed or orphans:
                return -1
        return -1

    def _piece(self, lo: int, hi: int, open_: int, close: int | None, continues: bool, block: bool = False
               ) -> Piece | None:
        text = self.layout.text
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:"):
            hi -= 1
        return Piece(lo, hi, open_, close, continues, block) if hi > lo else None
