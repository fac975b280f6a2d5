"""Normalization and segmentation with exact offsets.

The article text is its paragraphs joined by a blank line. Paragraph and sentence spans are
``[start, end)`` code-point offsets into that text, so ``text[start:end]`` is the unit itself.
"""

from __future__ import annotations

import re
import unicodedata

from functools import lru_cache

import pysbd

from newsquotes.schema import Span

PARAGRAPH_SEPARATOR = "\n\n"
_WHITESPACE = re.compile(r"\s+")
# Quotation marks that open and close a quotation; a straight double quote does both.
_OPENERS = "“«„"
_CLOSERS = "”»"


def normalize_line(line: str) -> str:
    """Unicode NFC and whitespace normalization only: every other character is evidence and stays."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", line)).strip()


def join_paragraphs(paragraphs: list[str]) -> tuple[str, list[Span]]:
    """The article text and the span of each paragraph in it."""
    spans, position = [], 0
    for paragraph in paragraphs:
        spans.append(Span(start=position, end=position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraphs), spans


def quotation_ranges(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` positions of the quotations that open and close within ``text``.

    Typographic marks nest; straight double quotes pair up in order. An opening mark that is never closed
    (a quotation that runs on into the next paragraph) yields no range.
    """
    ranges, stack, straight_open = [], [], None
    for position, char in enumerate(text):
        if char in _OPENERS:
            stack.append(position)
        elif char in _CLOSERS and stack:
            ranges.append((stack.pop(), position))
        elif char == '"':
            if straight_open is None:
                straight_open = position
            else:
                ranges.append((straight_open, position))
                straight_open = None
    return ranges


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence offsets within one paragraph.

    pySBD's rules handle abbreviations ("U.S.", "Mr.", "Lt. Col.") and numbers ("13,600"); on top of them a
    boundary that falls inside a quotation is removed, so that a quotation of several sentences followed by
    its attribution (“We will respond. We will find our way,” he said.) stays one unit.
    """
    if not paragraph.strip():
        return []
    offsets = _locate(paragraph, _segmenter().segment(paragraph))
    quotations = quotation_ranges(paragraph)
    merged: list[tuple[int, int]] = []
    for start, end in offsets:
        if merged and any(opened < start <= closed for opened, closed in quotations):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _locate(paragraph: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of the segmenter's pieces, found in order in the paragraph and trimmed of spaces."""
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
