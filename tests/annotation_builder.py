"""Build Annotation records over a text by naming the words they cover instead of counting offsets."""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsquotes.annotations import write_annotations
from newsquotes.schema import Annotation, Entity, Quote, Stance, TextSpan

# From "Sensitive Canadian document found on rainy streets" (Wikinews, CC BY 2.5), shortened.
SENSITIVE = ('"We take document security seriously," she said, but refused to give any more details. '
             "Paul Dewar, an Ottawa New Democrat MP, said the combined security lapses raise serious questions "
             "about the government's ability to secure sensitive documents.")

Fragment = str | tuple[str, int]


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

    def entity(self, fragment: Fragment, label: str, name: str | None = None) -> Entity:
        return Entity(id="?", label=label, entity=name, **self.span(fragment).model_dump())

    def quote(self, fragment: Fragment, kind: str = "direct", cue: Fragment | None = None,
              speaker: Fragment | None = None, name: str | None = None, stance: str | None = None,
              target: str | None = None) -> Quote:
        return Quote(id="?", kind=kind, cue=self.span(cue) if cue else None,
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
