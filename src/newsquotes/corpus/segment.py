"""Normalization and segmentation with exact offsets.

The article text is its paragraphs joined by a blank line. Paragraph and sentence spans are
``[start, end)`` code-point offsets into that text, so ``text[start:end]`` is the unit itself.
"""

from __future__ import annotations

import re
import unicodedata

import sentencex

from newsquotes.corpus.decoding import CONTROL
from newsquotes.schema import Span

PARAGRAPH_SEPARATOR = "\n\n"
# Quotation marks that open and close a quotation; a straight double quote does both.
_OPENERS = "“«„"
_CLOSERS = "”»"
_QUOTATION_MARKS = re.compile(f'[{_OPENERS}{_CLOSERS}"]')


def normalize_line(line: str) -> str:
    """Unicode NFC and whitespace normalization, and control characters (a stray NUL, an escape sequence's ESC)
    removed: every other character is evidence and stays. White space is what ``str.isspace`` says it is, as for
    the ``\\s`` of a regular expression: each run of it becomes one space."""
    return " ".join(unicodedata.normalize("NFC", CONTROL.sub("", line)).split())


def join_paragraphs(paragraphs: list[str]) -> tuple[str, list[Span]]:
    """The article text and the span of each paragraph in it."""
    spans, position = [], 0
    for paragraph in paragraphs:
        spans.append(Span(start=position, end=position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraphs), spans


def quotation_ranges(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` positions of the quotations that open and close within ``text``.

    Typographic marks nest. A straight double quote closes when it follows a word or punctuation and no
    word follows it, opens in the opposite case, and otherwise pairs up in order; so one that closes a
    quotation begun in an earlier paragraph is not paired with the next opening one. An opening mark that
    is never closed (a quotation that runs on into the next paragraph) yields no range.
    """
    ranges, stack, straight_open = [], [], None
    for mark in _QUOTATION_MARKS.finditer(text):  # every other character leaves the ranges as they are
        position, char = mark.start(), mark.group()
        if char in _OPENERS:
            stack.append(position)
        elif char in _CLOSERS and stack:
            ranges.append((stack.pop(), position))
        elif char == '"':
            before = text[position - 1] if position else " "
            after = text[position + 1] if position + 1 < len(text) else " "
            closing = not before.isspace() and before not in "([{" and not after.isalnum()
            opening = (before.isspace() or before in "([{") and not after.isspace()
            if opening and not closing:
                straight_open = position
            elif straight_open is not None:
                ranges.append((straight_open, position))
                straight_open = None
            elif not closing:  # neither clearly: the first of a pair
                straight_open = position
    return ranges


#: Titles that stand before a name: a sentence never ends right after one.
_TITLES = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt",
           "Maj", "Adm", "Brig", "Cpl", "Pvt", "Rev", "Hon", "Fr", "Pres", "Supt", "Insp", "Det", "St", "Messrs")
_ENDS_WITH_TITLE = re.compile(r"(?<![\w.])(?:" + "|".join(_TITLES) + r")\.$")
#: Sentence ends of scripts written without spaces between sentences ("中文句子。第二句。").
_SPACELESS_ENDS = "。！？"
#: An initialism or an initial ("U.S.", "J."): a sentence may end on one, but not when lower case follows.
_ENDS_WITH_INITIALS = re.compile(r"(?<![\w.])(?:[A-Za-z]\.)+$")


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence offsets within one paragraph: sentencex's boundaries, then :func:`apply_rules`.

    sentencex was chosen by ``benchmarks/segmentation.py``: the fastest of the segmenters measured whose
    boundary F1 on GUM's and MEANTIME's gold sentences, with these rules, is within half a point of the best.
    """
    if not paragraph.strip():
        return []
    return apply_rules(paragraph, locate(paragraph, sentencex.segment("en", paragraph)))


def apply_rules(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A segmenter's sentence spans with the boundaries the corpus never has removed.

    No break right after a title ("Mr.", "Lt. Col."), none where no space separates the two pieces ("3.5",
    "U.S.-led"), none after an initialism followed by lower case ("the U.S. must"), and none inside a
    quotation, so that a quotation of several sentences followed by its attribution (“We will respond. We
    will find our way,” he said.) stays one unit. A closing quotation mark the segmenter put at the start
    of the next sentence goes back to the sentence it closes.
    """
    quotations = quotation_ranges(paragraph)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and merged[-1][1] == start and _closes_quotation(paragraph, start):
            # the closing mark of a quotation ending the sentence before ('… early." After the match')
            merged[-1] = (merged[-1][0], start + 1)
            start += 1 + len(paragraph[start + 1 : end]) - len(paragraph[start + 1 : end].lstrip())
            if start >= end:
                continue
        if merged and _joined(paragraph, merged[-1][1], start, quotations):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _closes_quotation(paragraph: str, position: int) -> bool:
    return paragraph[position] in '"”»' and (position + 1 == len(paragraph) or paragraph[position + 1].isspace())


def _joined(paragraph: str, previous_end: int, start: int, quotations: list[tuple[int, int]]) -> bool:
    tail = paragraph[max(0, previous_end - 32) : previous_end]  # what the patterns need, without rescanning
    unspaced = previous_end >= start or not paragraph[previous_end:start].isspace()
    return ((unspaced and paragraph[previous_end - 1] not in _SPACELESS_ENDS)
            or _ENDS_WITH_TITLE.search(tail) is not None
            or (paragraph[start].islower() and _ENDS_WITH_INITIALS.search(tail) is not None)
            or any(opened < start <= closed for opened, closed in quotations))


def locate(paragraph: str, pieces) -> list[tuple[int, int]]:
    """Offsets of a segmenter's pieces, found in order in the paragraph and trimmed of spaces."""
    offsets, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = paragraph.find(piece, cursor)
        if start < 0:  # the segmenter altered the text; fall back to one unit for the rest
            rest = paragraph[cursor:].strip()
            if rest:
                start = paragraph.index(rest, cursor)
                offsets.append((start, start + len(rest)))
            return offsets
        offsets.append((start, start + len(piece)))
        cursor = start + len(piece)
    return offsets


def sentence_spans(text: str, paragraphs: list[Span]) -> list[Span]:
    spans = []
    for paragraph in paragraphs:
        for start, end in split_sentences(text[paragraph.start : paragraph.end]):
            spans.append(Span(start=paragraph.start + start, end=paragraph.start + end))
    return spans
