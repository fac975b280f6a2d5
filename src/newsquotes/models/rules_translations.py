"""Quotes given in the speaker's own language for the ``rules`` model.

A quote in translation is often followed by its original, behind a language label:
“… to endure.” ((es))Spanish language: ‍A pesar de … perdure. The original is a direct quote of its own, by the
speaker of the quote it follows; a quote that runs on past the label ends before it. A label after a
question of the interviewer follows no quote and makes none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_text import Layout

#: The label before an original: "((es))Spanish language: " (with a zero-width joiner after it).
_LABEL = re.compile(r"\s*\(\([a-z]{2,3}(?:-[a-z]+)?\)\)[^\n():]{1,40}?\blanguage:[\s\u200d]*")
#: What may stand between a quote and the label after it: a closing mark, a full stop.
_GAP = re.compile(r"[\s\"”’'.,;!?]*")
#: A mark that closes the original: a quotation mark after its last word.
_CLOSING = re.compile(r"(?<=\S)[\"”»]")


def _latin(char: str) -> bool:
    return char < "\u0250"


def _original_end(text: str, start: int, end: int) -> int:
    """Where an original that starts at ``start`` ends, at most at ``end``: before the next label, a closing mark,
    or (for a script other than the Latin one) the English running on after it ("… 있다 Park's phone was …")."""
    label = _LABEL.search(text, start, end)
    end = label.start() if label else end
    closing = _CLOSING.search(text, start, end)
    end = closing.start() if closing else end
    letters = [i for i in range(start, end) if text[i].isalpha()]
    if letters and not _latin(text[letters[0]]):
        last = max((i for i in letters if not _latin(text[i])), default=end - 1)
        tail = text[last + 1:end]
        if len(re.findall(r"[A-Za-z]+", tail)) >= 3:
            end = last + 1 + len(re.match(r"[^\sA-Za-z]*", tail).group())
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return end


def originals(layout: Layout, found: list[Found]) -> list[Found]:
    """The quotes with each original after a direct quote made a quote of its own, and the quote it ended cut there."""
    text = layout.text
    result = list(found)
    for label in _LABEL.finditer(text):
        paragraph_end = layout.paragraphs[layout.paragraph(label.start())].end
        host = next((k for k, f in enumerate(result) if f.start < label.start() and label.end() <= f.end), None)
        if host is not None:  # the quote runs on into the original: it ends before the label
            quote = result[host]
            if quote.kind != "direct":
                continue
            result[host] = replace(quote, end=label.start())
            limit = quote.end
        else:
            before = [f for f in result if f.kind == "direct" and f.end <= label.start()
                      and _GAP.fullmatch(text, f.end, label.start())]
            if not before:
                continue
            quote, limit = max(before, key=lambda f: f.end), paragraph_end
        end = _original_end(text, label.end(), min(limit, paragraph_end))
        if end > label.end():
            result.append(Found(label.end(), end, "direct", quote.cue, quote.speaker, quote.speaker_name))
    return sorted(result, key=lambda f: (f.start, -f.end))
