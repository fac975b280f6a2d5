"""Build Annotation records over a text by naming the words they cover instead of counting offsets.

``Text`` builds them over a bare string; ``entity``, ``quote``, ``hand_gold`` and ``hand_predictions`` over a
built Article (the fixture article, tests/data/freedonia-dump.txt)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsquotes.annotations import write_annotations
from newsquotes.schema import Annotation, Article, Entity, Quote, Stance, TextSpan

# From "Sensitive Canadian document found on rainy streets" (Wikinews, CC BY 2.5), shortened.
SENSITIVE = ('"We take document security seriously," she said, but refused to give any more details. '
             "Paul Dewar, an Ottawa New Democrat MP, said the combined security lapses raise serious questions "
             "about the government's ability to secure sensitive documents.")

Fragment = str | tuple[str, int]


def located(text: str, needle: str, cls=TextSpan, **fields):
    """``cls`` (a TextSpan, Entity or Quote) over the first ``needle`` in ``text``, with ``fields``."""
    start = text.index(needle)
    return cls(start=start, end=start + len(needle), text=needle, **fields)


class Text:
    """A text and its article id; ``fragment`` is a substring, or (substring, n) for its n-th occurrence."""

    def __init__(self, text: str, article_id: str = "nq-sensitive"):
        self.text = text
        self.article_id = article_id
        self.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()

    def span(self, fragment: Fragment) -> TextSpan:
        words, nth = (fragment, 1) if isinstance(fragment, str) else fragment
        start = -1
        for _ in range(nth):
            start = self.text.index(words, start + 1)
        return TextSpan(start=start, end=start + len(words), text=words)

    def entity(self, fragment: Fragment, label: str, name: str | None = None, id: str = "?") -> Entity:
        return Entity(id=id, label=label, entity=name, **self.span(fragment).model_dump())

    def quote(self, fragment: Fragment, kind: str = "direct", cue: Fragment | None = None,
              speaker: Fragment | None = None, name: str | None = None, stance: str | None = None,
              target: str | None = None, id: str = "?") -> Quote:
        return Quote(id=id, kind=kind, cue=self.span(cue) if cue else None,
                     speaker=self.span(speaker) if speaker else None, speaker_name=name,
                     stance=Stance(label=stance, target=target) if stance else None, **self.span(fragment).model_dump())

    def annotation(self, annotator: str, entities=(), quotes=(), sha256: str | None = None) -> Annotation:
        return Annotation(
            article_id=self.article_id, annotator=annotator, text_sha256=sha256 or self.sha256,
            entities=[e.model_copy(update={"id": f"{annotator}-e{i}"}) for i, e in enumerate(entities, 1)],
            quotes=[q.model_copy(update={"id": f"{annotator}-q{i}"}) for i, q in enumerate(quotes, 1)])


def write_folder(folder: Path, annotations: list[Annotation]) -> Path:
    """One ``<pseudonym>.jsonl`` per annotator, as pulled from Label Studio."""
    by_annotator: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_annotator.setdefault(annotation.annotator, []).append(annotation)
    for annotator, records in by_annotator.items():
        write_annotations(folder / f"{annotator}.jsonl", records)
    return folder


def mention(article: Article, text: str, after: str = "") -> tuple[int, int]:
    start = article.text.index(text, article.text.index(after) if after else 0)
    return start, start + len(text)


def entity(article: Article, eid: str, text: str, label: str, name: str | None = None, after: str = "") -> Entity:
    start, end = mention(article, text, after)
    return Entity(id=eid, start=start, end=end, text=text, label=label, entity=name or text)


def quote(article: Article, qid: str, content: str, kind: str, speaker: str, name: str, after: str = "",
          stance: str | None = None) -> Quote:
    start, end = mention(article, content)
    s_start, s_end = mention(article, speaker, after)
    return Quote(id=qid, start=start, end=end, text=content, kind=kind, speaker_name=name,
                 speaker=TextSpan(start=s_start, end=s_end, text=speaker),
                 stance=Stance(label=stance, target="Sylvania") if stance else None)


RESPOND = "We will respond. We will find our way to protect our interests"
NOTE = "the government had sent a formal note to Sylvania’s embassy, and that about 13,600 troops remained on standby near the border"


def hand_gold(article: Article) -> Annotation:
    return Annotation(article_id=article.id, annotator="gold", text_sha256=article.text_sha256, entities=[
        entity(article, "e1", "Ivan Petrov", "PERSON"),
        entity(article, "e2", "Sylvania", "GPE"),
        entity(article, "e3", "Marsovia", "GPE"),
    ], quotes=[
        quote(article, "q1", RESPOND, "direct", "Petrov", "Ivan Petrov", after="interests", stance="against"),
        quote(article, "q2", NOTE, "indirect", "He", "Ivan Petrov"),
    ])


def hand_predictions(article: Article) -> Annotation:
    """Against :func:`hand_gold`: one entity right, one with the wrong label, one missed, one spurious;
    one quote exact with the right speaker (and stance), the other missed, one spurious."""
    return Annotation(article_id=article.id, annotator="model:hand", text_sha256=article.text_sha256, entities=[
        entity(article, "p1", "Ivan Petrov", "PERSON"),
        entity(article, "p2", "Sylvania", "ORG"),
        entity(article, "p3", "Freedonia News Agency", "ORG"),
    ], quotes=[
        quote(article, "r1", RESPOND, "direct", "Petrov", "Ivan Petrov", after="interests", stance="against"),
        quote(article, "r2", "I’m not threatening anyone.", "direct", "Petrov", "Ivan Petrov", after="interests"),
    ])
