"""Double quotation marks typed as two single ones, for the ``rules`` model.

Some wires (AP among them) close a quotation with two right single marks (’’) and some open one with two left
single marks (‘‘) or a left and a right one (‘’). Read as single marks, the pair closes nothing: the quotation runs on over its attribution into
the next one, and a paragraph that carries a quotation on is never closed. The model reads the article with each
such pair as one double mark, its sentences segmented again, and its spans are put
back on the article's own text afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsquotes.corpus.segment import sentence_spans
from newsquotes.schema import Annotation, Article, Span, TextSpan

#: A doubled single mark and the double mark it stands for; a left and a right mark before a word open too
#: (‘’My Little Pony’’: a converter's mix).
_DOUBLED = re.compile(r"’’|‘‘|‘’(?=\w)")
_AS_DOUBLE = {"’’": "”", "‘‘": "“", "‘’": "“"}


def single_marks_doubled(article: Article) -> tuple[Article, Callable[[Annotation], Annotation]]:
    """The article with each doubled single mark read as one double mark, and what puts an annotation of that
    article back on the original text (the article itself and no change when it has no such pair)."""
    text = article.text
    if not _DOUBLED.search(text):
        return article, lambda annotation: annotation
    # old_of[j]: the original position of position j of the shortened text (one past the end included)
    old_of: list[int] = []
    parts: list[str] = []
    last = 0
    for match in _DOUBLED.finditer(text):
        parts += [text[last:match.start()], _AS_DOUBLE[match.group()]]
        old_of += range(last, match.start() + 1)
        last = match.end()
    parts.append(text[last:])
    old_of += range(last, len(text) + 1)
    new_of = {old: new for new, old in enumerate(old_of)}

    def new_position(old: int) -> int:
        # between a pair's two marks: after the one mark that stands for them
        return new_of[old] if old in new_of else new_of[old - 1] + 1

    def new_span(span: Span) -> Span:
        return Span(start=new_position(span.start), end=new_position(span.end))

    # the segmenter read the pair as no closing mark and ran sentences on over it: it reads the marks again
    paragraphs = [new_span(p) for p in article.paragraphs]
    joined = "".join(parts)
    # it keeps the original's text_sha256: the annotation made on it is put back on the original text
    shortened = article.model_copy(update={"text": joined, "paragraphs": paragraphs,
                                           "sentences": sentence_spans(joined, paragraphs)})

    def old_span(span: TextSpan) -> dict:
        # a span that ends on the mark standing for a pair ends after the pair's second mark
        start, end = old_of[span.start], old_of[span.end]
        return {"start": start, "end": end, "text": text[start:end]}

    def restore(annotation: Annotation) -> Annotation:
        entities = [e.model_copy(update=old_span(e)) for e in annotation.entities]
        quotes = [q.model_copy(update={**old_span(q),
                                       "cue": q.cue and q.cue.model_copy(update=old_span(q.cue)),
                                       "speaker": q.speaker and q.speaker.model_copy(update=old_span(q.speaker))})
                  for q in annotation.quotes]
        return annotation.model_copy(update={"entities": entities, "quotes": quotes})

    return shortened, restore
