"""The rules model over sentences written for a test, through the real segmenter as in a built corpus."""

from __future__ import annotations

import hashlib

from newsquotes.corpus.segment import join_paragraphs, sentence_spans
from newsquotes.models.registry import get_model
from newsquotes.schema import Article, Provenance

MODEL = get_model("rules")


def article_of(*paragraphs: str) -> Article:
    text, spans = join_paragraphs(list(paragraphs))
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id="sentences", text=text, paragraphs=spans, sentences=sentence_spans(text, spans),
                   provenance=Provenance(input="sentences.txt", reader="text", raw_sha256=digest),
                   text_sha256=digest, cluster_id="sentences", pipeline_version="test")


def referents(*paragraphs: str):
    """The passage, and the resolver the rules model uses on it (``Referents``) for its speakers."""
    from newsquotes.models.rules import _Quotes

    article = article_of(*paragraphs)
    return article.text, _Quotes(article).speakers.referents


def predicted(article: Article) -> list[tuple]:
    """(content, kind, cue, speaker, speaker_name) of each quote, after checking the offsets."""
    annotation = MODEL.predict(article)
    assert annotation.problems(article.text) == []
    return [(q.text, q.kind, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.speaker_name)
            for q in annotation.quotes]


def quotes(*paragraphs: str) -> list[tuple]:
    return predicted(article_of(*paragraphs))


def speaker_of(content: str, *paragraphs: str) -> str | None:
    """The ``speaker_name`` of the quote holding ``content``, which must be found."""
    found = [q for q in quotes(*paragraphs) if content in q[0]]
    assert found, quotes(*paragraphs)
    return found[0][4]
