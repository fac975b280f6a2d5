"""Translations of quotes for the ``rules`` model: the original-language line after a quote is a quote too.

Wikinews gives a speaker's words in the language they were said after the English ones, behind a marker:
``… in the United States." ((es))Spanish language: ‍A pesar de …``. The text after the marker, to the end
of its paragraph (or to the next marker, or, for a text in another script, to where Latin script takes
over again), is a direct quote of the speaker of the quote just before the marker, without a cue; a quote
that runs over the marker (an interview answer) ends before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_text import Layout

#: The marker before a translation: "((hi))Hindi language: ‍".
_MARKER = re.compile(r"\s*\(\([a-z]{2,3}\)\)\s*[A-Z][\w ]{1,30}? language:\s*\u200d?\s*")
#: A letter of the Latin script (ASCII or accented).
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def with_translations(layout: Layout, found: list[Found]) -> list[Found]:
    """The quotes cut before each translation marker, and each translation as a quote of the speaker before it."""
    text = layout.text
    markers = list(_MARKER.finditer(text))
    if not markers:
        return found
    ends = {m.start(): _translation_end(text, m.end(), layout.paragraphs[layout.paragraph(m.start())].end, markers)
            for m in markers}
    quotes = []
    for quote in found:
        inside = [m for m in markers if quote.start < m.start() < quote.end]
        if inside and quote.end > ends[inside[-1].start()] + 1:  # "… ((ko)) … 있다 Park's phone …, the Herald reported"
            after = ends[inside[-1].start()]
            quotes.append(replace(quote, start=after + len(text[after:quote.end]) - len(text[after:quote.end].lstrip())))
        else:
            quotes.append(replace(quote, end=inside[0].start()) if inside else quote)
    for marker in markers:
        paragraph = layout.paragraphs[layout.paragraph(marker.start())]
        before = [q for q in quotes if paragraph.start <= q.end <= marker.start()
                  and not text[q.end:marker.start()].strip(" \"”’.,;:!?")]
        if not before:
            continue
        end = ends[marker.start()]
        if end > marker.end():
            source = before[-1]
            quotes.append(Found(marker.end(), end, "direct", None, source.speaker, source.speaker_name))
    return sorted(quotes, key=lambda q: (q.start, -q.end))


def _translation_end(text: str, start: int, paragraph_end: int, markers: list[re.Match]) -> int:
    """Where a translation starting at ``start`` ends: its paragraph's end, the next marker, or where Latin script
    takes over after a text in another script."""
    end = min([m.start() for m in markers if m.start() > start] + [paragraph_end])
    if not _LATIN.match(text, start):  # "… 꺼져 있다 Park's phone was last active …": the English goes on
        latin = re.search(r"\s[A-Z][a-z]+(?:['’]s)?\s+[a-z]", text[start:end])
        if latin:
            end = start + latin.start()
    while end > start and text[end - 1] in " \n\u200d":
        end -= 1
    return end
